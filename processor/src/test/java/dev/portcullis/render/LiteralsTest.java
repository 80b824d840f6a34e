package dev.portcullis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each language's literal: exact escapes, and a read back through a real parser gives the input. */
class LiteralsTest {
  static List<String> tricky() {
    return List.of("", "plain", "yes", "no", "on", "~", "null", "0644", "20:21", "1e3", "- item", "key: value",
        "# not a comment", "a \"quoted\" 'word'", "back\\slash", "${var}", "%{if x}", "{{mustache}}",
        "line\nbreak", "tab\there", "cr\rlf", " leading and trailing ", "? | > ! & * % @ `",
        "caf\u00e9 \u65e5\u672c \ud83d\ude80", "nel\u0085ls\u2028ps\u2029", "bell\u0007del\u007f", "bom\ufeff");
  }

  @Test
  void yamlEscapes() {
    assertEquals("\"yes\"", Literals.yamlString("yes"));
    assertEquals("\"a\\\"b\\\\c\"", Literals.yamlString("a\"b\\c"));
    assertEquals("\"x\\ny\\tz\"", Literals.yamlString("x\ny\tz"));
    assertEquals("\"\\u0085\\u2028\\ufeff\"", Literals.yamlString("\u0085\u2028\ufeff"));
    assertEquals("\"\\ud800\"", Literals.yamlString("\ud800"), "a lone surrogate is escaped, not written");
    assertEquals("\"\ud83d\ude80\"", Literals.yamlString("\ud83d\ude80"), "a whole code point is kept");
  }

  @ParameterizedTest
  @MethodSource("tricky")
  void yamlReadsBackUnderYaml11(String value) throws Exception {
    // SnakeYAML (behind Jackson's YAML reader) implements YAML 1.1, as Ansible's PyYAML does
    Map<?, ?> read = new ObjectMapper(new YAMLFactory()).readValue("v: " + Literals.yamlString(value) + "\n", Map.class);
    assertEquals(value, read.get("v"));
  }

  @Test
  void hclEscapesInterpolationAndDirectives() {
    assertEquals("\"$${var}\"", Literals.hclString("${var}"));
    assertEquals("\"%%{if}\"", Literals.hclString("%{if}"));
    assertEquals("\"$5 and 50%\"", Literals.hclString("$5 and 50%"));
    assertEquals("\"$$${x}\"", Literals.hclString("$${x}"));
    assertEquals("\"a\\\"b\\\\c\\n\\t\\u0001\"", Literals.hclString("a\"b\\c\n\t\u0001"));
  }

  @Test
  void jsonEscapes() {
    assertEquals("\"a\\\"b\\\\c\\n\\u0001\\u2028\"", Literals.jsonString("a\"b\\c\n\u0001\u2028"));
  }

  @ParameterizedTest
  @MethodSource("tricky")
  void jsonReadsBack(String value) throws Exception {
    assertEquals(value, new ObjectMapper().readValue(Literals.jsonString(value), String.class));
  }

  @Test
  void markdownNeutralisesMarkupAndNewlines() {
    assertEquals("a\\|b", Literals.markdownText("a|b"));
    assertEquals("\\*bold\\* \\_it\\_ \\[link\\](x) \\<b\\> \\# h \\`c\\` \\\\", Literals.markdownText("*bold* _it_ [link](x) <b> # h `c` \\"));
    assertEquals("one two three", Literals.markdownText("one\ntwo\rthree"));
  }

  @Test
  void commentLineCannotEndTheComment() {
    assertEquals("a b  c", Literals.commentLine("a\nb\r\nc"));
    assertEquals("x y z", Literals.commentLine("  x\u2028y\u0085z\t"));
  }
}
