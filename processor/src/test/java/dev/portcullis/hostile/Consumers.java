package dev.portcullis.hostile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

/**
 * Parses a generated file with the parser its consumer uses, chosen by extension, into plain maps,
 * lists and scalars: YAML as Ansible and kubectl read it (YAML 1.1, every document), JSON with
 * Jackson (strict: no duplicate keys, no trailing tokens), HCL with {@link HclTree}, Markdown
 * with {@link MarkdownTree}; anything else as its lines.
 */
final class Consumers {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private Consumers() {}

  static Object parse(String path, String text) throws Exception {
    if (path.endsWith(".yml") || path.endsWith(".yaml")) {
      return Yaml11.loadAll(text);
    }
    if (path.endsWith(".json")) {
      return JSON.readValue(text, Object.class);
    }
    if (path.endsWith(".tf") || path.endsWith(".hcl") || path.endsWith(".tfvars")) {
      return HclTree.parse(text);
    }
    if (path.endsWith(".md")) {
      return MarkdownTree.parse(text);
    }
    return List.of(text.split("\n", -1));
  }
}
