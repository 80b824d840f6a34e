package dev.portcullis.it.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the generated YAML (one or many documents) as Jackson trees. */
public final class Manifests {
  static final ObjectMapper YAML = new YAMLMapper();
  static final ObjectMapper JSON = new JsonMapper();

  private Manifests() {}

  public static JsonNode read(Path file) {
    List<JsonNode> docs = readAll(file);
    if (docs.size() != 1) {
      throw new AssertionError(file + " holds " + docs.size() + " YAML documents, expected one");
    }
    return docs.get(0);
  }

  static List<JsonNode> readAll(Path file) {
    try {
      return parseAll(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<JsonNode> parseAll(String yaml) {
    try (var parser = new YAMLFactory().createParser(yaml)) {
      List<JsonNode> docs = new ArrayList<>();
      var it = YAML.readValues(parser, JsonNode.class);
      while (it.hasNext()) {
        JsonNode node = it.next();
        if (node != null && !node.isMissingNode() && !node.isNull()) {
          docs.add(node);
        }
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every NetworkPolicy file of a product directory (base and components). */
  public static List<Path> policyFiles(Path productDir) {
    try (Stream<Path> walk = Files.walk(productDir)) {
      return walk.filter(p -> p.toString().endsWith(".yaml") && !p.getFileName().toString().equals("kustomization.yaml")
              && !p.endsWith(Path.of("zones", "addresses.yaml")))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode model(Path modelJson) {
    try {
      return JSON.readTree(modelJson.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
