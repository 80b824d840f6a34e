package dev.portcullis.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.render.Literals;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every literal of {@link Literals} read back by the consumer's parser gives the input itself
 * (YAML 1.1, JSON, HCL) or the input reduced by the documented rule (Markdown, comments), in
 * every position a template may put it.
 */
class LiteralsPropertyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final java.util.concurrent.atomic.AtomicLong CASES = new java.util.concurrent.atomic.AtomicLong();

  @Provide
  Arbitrary<String> texts() {
    return HostileText.any();
  }

  @net.jqwik.api.lifecycle.BeforeTry
  void count() {
    CASES.incrementAndGet();
  }

  @net.jqwik.api.lifecycle.AfterContainer
  static void report() {
    System.out.printf("hostile literals: %d texts through YAML, JSON, HCL, Markdown and comment literals (seed %s)%n",
        CASES.get(), HostileOutputTest.SEED);
  }

  @Property(tries = 250, seed = HostileOutputTest.SEED)
  void yamlStringIsTheSameStringUnderYaml11(@ForAll("texts") String text) {
    String literal = Literals.yamlString(text);
    assertEquals(List.of(Map.of("k", text)), Yaml11.loadAll("k: " + literal + "\n"));
    if (literal.length() < 1024) {
      assertEquals(List.of(Map.of(text, 1)), Yaml11.loadAll(literal + ": 1\n"));
    }
    assertEquals(List.of(List.of(text, 1)), Yaml11.loadAll("- " + literal + "\n- 1\n"));
    assertEquals(List.of(Map.of("k", List.of(text, 1))), Yaml11.loadAll("k: [" + literal + ", 1]\n"));
    assertEquals(List.of(Map.of("k", Map.of("a", text))), Yaml11.loadAll("k:\n  a: " + literal + "  # c\n"));
  }

  @Property(tries = 200, seed = HostileOutputTest.SEED)
  void jsonStringIsTheSameString(@ForAll("texts") String text) throws Exception {
    assertEquals(List.of(text), JSON.readValue("[" + Literals.jsonString(text) + "]", List.class));
  }

  @Property(tries = 250, seed = HostileOutputTest.SEED)
  void hclStringIsTheSameStringWithoutInterpolation(@ForAll("texts") String text) {
    List<HclReader.Token> tokens = HclReader.tokens("x = " + Literals.hclString(text) + "\n");
    assertEquals(3, tokens.size(), tokens::toString);
    assertEquals(text, tokens.get(2).text());
  }

  @Property(tries = 250, seed = HostileOutputTest.SEED)
  void markdownTextStaysInItsTableCell(@ForAll("texts") String text) {
    String md = "| a | b |\n|---|---|\n| " + Literals.markdownText(text) + " | x |\n";
    Object expected = MarkdownTree.parse("| a | b |\n|---|---|\n| " + marker(text) + " | x |\n");
    TextCheck check = new TextCheck(Map.of("qqx0xqq", text));
    check.tree("table.md", "", MarkdownTree.parse(md), expected, (file, path) -> Reduction.perText(TargetRules::markdown));
    assertEquals(List.of(), check.failures());
  }

  /** What the twin holds for {@code text}: nothing where Markdown shows nothing. */
  private static String marker(String text) {
    return TargetRules.markdown(text).isEmpty() ? "" : "qqx0xqq";
  }

  @Property(tries = 200, seed = HostileOutputTest.SEED)
  void markdownTextStaysInItsParagraph(@ForAll("texts") String text) {
    String md = "# Title\n\nSays: " + Literals.markdownText(text) + "\n\nEnd.\n";
    Object expected = MarkdownTree.parse("# Title\n\nSays: " + marker(text) + "\n\nEnd.\n");
    TextCheck check = new TextCheck(Map.of("qqx0xqq", text));
    check.tree("page.md", "", MarkdownTree.parse(md), expected, (file, path) -> Reduction.perText(TargetRules::markdown));
    assertEquals(List.of(), check.failures());
  }

  @Property(tries = 200, seed = HostileOutputTest.SEED)
  void commentLineCannotEndItsComment(@ForAll("texts") String text) {
    String comment = Literals.commentLine(text);
    for (char lineBreak : new char[] {'\n', '\r', '\u0085', '\u2028', '\u2029'}) {
      assertFalse(comment.indexOf(lineBreak) >= 0, "line break U+" + Integer.toHexString(lineBreak));
    }
    assertEquals(List.of(Map.of("k", 1)), Yaml11.loadAll("# " + comment + "\nk: 1\n"));
    assertEquals(List.of(Map.of("k", 1)), Yaml11.loadAll("k: 1  # " + comment + "\n"));
    assertEquals(3, HclReader.tokens("# " + comment + "\nx = 1\n").size());
  }

  @Property(tries = 150, seed = HostileOutputTest.SEED)
  void javadocTextCannotEndTheCommentOrEscape(@ForAll("texts") String text) {
    String doc = Literals.javadocText(text);
    assertFalse(doc.contains("*/"), doc);
    assertFalse(doc.contains("\\"), doc);
    assertFalse(doc.contains("@") || doc.contains("<"), doc);
    assertFalse(doc.chars().anyMatch(c -> c < 0x20 || c == 0x85 || c == 0x2028 || c == 0x2029), doc);
  }

  @Property(tries = 150, seed = HostileOutputTest.SEED)
  void javaStringHasNoRawLineBreakAndNoUnicodeEscapeOfOne(@ForAll("texts") String text) {
    String literal = Literals.javaString(text);
    assertFalse(literal.chars().anyMatch(c -> c < 0x20 || c == 0x85 || c == 0x2028 || c == 0x2029), literal);
    assertFalse(literal.matches("(?s).*(?<!\\\\)(\\\\\\\\)*\\\\u+000[aAdD].*"), literal);
  }
}
