package dev.portcullis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template engine: the escaper follows the file's language, raw output is explicit, and a
 * value the scope lacks is an error naming the template and the value, never empty text.
 */
class TemplateEngineTest {
  @TempDir Path dir;

  private TemplateEngine engine(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return new TemplateEngine(dir);
  }

  private static final String VALUE = "a \"b\" ${c} | *d*\ne";

  @Test
  void yamlTemplatesWriteYamlScalars() throws IOException {
    TemplateEngine e = engine("t/x.yml.mustache", "v: {{v}}\n");
    assertEquals("v: " + Literals.yamlString(VALUE) + "\n", e.render("t/x.yml.mustache", Map.of("v", VALUE)));
    TemplateEngine e2 = engine("t/x.yaml.mustache", "v: {{v}}\n");
    assertEquals("v: " + Literals.yamlString(VALUE) + "\n", e2.render("t/x.yaml.mustache", Map.of("v", VALUE)));
  }

  @Test
  void terraformTemplatesWriteHclStrings() throws IOException {
    TemplateEngine e = engine("t/main.tf.mustache", "v = {{v}}\n");
    assertEquals("v = " + Literals.hclString(VALUE) + "\n", e.render("t/main.tf.mustache", Map.of("v", VALUE)));
    TemplateEngine e2 = engine("t/x.hcl.mustache", "v = {{v}}\n");
    assertEquals("v = " + Literals.hclString(VALUE) + "\n", e2.render("t/x.hcl.mustache", Map.of("v", VALUE)));
  }

  @Test
  void markdownAndJsonTemplatesUseTheirEscapers() throws IOException {
    TemplateEngine md = engine("t/README.md.mustache", "| {{v}} |\n");
    assertEquals("| " + Literals.markdownText(VALUE) + " |\n", md.render("t/README.md.mustache", Map.of("v", VALUE)));
    TemplateEngine json = engine("t/x.json.mustache", "{\"v\": {{v}}}\n");
    assertEquals("{\"v\": " + Literals.jsonString(VALUE) + "}\n", json.render("t/x.json.mustache", Map.of("v", VALUE)));
  }

  @Test
  void otherTemplatesAndTripleMustachesWriteRawText() throws IOException {
    TemplateEngine e = engine("t/rules.sh.mustache", "{{v}} {{{n}}}\n");
    assertEquals("<x> 22\n", e.render("t/rules.sh.mustache", Map.of("v", "<x>", "n", 22)));
    TemplateEngine y = engine("t/p.yml.mustache", "port: {{{n}}}\n");
    assertEquals("port: 8080\n", y.render("t/p.yml.mustache", Map.of("n", 8080)));
  }

  @Test
  void escaperIsChosenByTheExtensionBeforeMustache() {
    assertEquals(Escaper.YAML, Escaper.forTemplate("ansible/tasks/main.yml.mustache"));
    assertEquals(Escaper.HCL, Escaper.forTemplate("terraform/variables.tf.mustache"));
    assertEquals(Escaper.MARKDOWN, Escaper.forTemplate("docs/page.md.mustache"));
    assertEquals(Escaper.JSON, Escaper.forTemplate("x.json.mustache"));
    assertEquals(Escaper.NONE, Escaper.forTemplate("x.rules.mustache"));
    assertEquals(Escaper.NONE, Escaper.forTemplate("yml.mustache"));
  }

  @Test
  void aMissingValueFailsNamingTheTemplateAndTheValue() throws IOException {
    TemplateEngine e = engine("t/x.yml.mustache", "name: {{name}}\nport: {{{port}}}\n");
    TemplateException error = assertThrows(TemplateException.class,
        () -> e.render("t/x.yml.mustache", Map.of("name", "web")));
    assertEquals("t/x.yml.mustache", error.template());
    assertTrue(error.getMessage().contains("names the value 'port', which the model does not have"), error.getMessage());
  }

  /** A view with a record accessor, as targets give templates. */
  record Rule(String name) {}

  @Test
  void aMissingValueInsideASectionFailsToo() throws IOException {
    TemplateEngine e = engine("t/x.yml.mustache", "{{#rules}}- {{name}} {{proto}}\n{{/rules}}");
    TemplateException error = assertThrows(TemplateException.class,
        () -> e.render("t/x.yml.mustache", Map.of("rules", List.of(new Rule("a")))));
    assertTrue(error.getMessage().contains("'proto'"), error.getMessage());
  }

  @Test
  void sectionsReadRecordsListsAndBooleans() throws IOException {
    TemplateEngine e = engine("t/x.yml.mustache", "{{#rules}}- {{name}}\n{{/rules}}{{#on}}on\n{{/on}}{{^on}}off\n{{/on}}");
    assertEquals("- \"a\"\n- \"b\"\noff\n",
        e.render("t/x.yml.mustache", Map.of("rules", List.of(new Rule("a"), new Rule("b")), "on", false)));
  }

  @Test
  void aMissingTemplateFailsNamingIt() {
    TemplateEngine e = new TemplateEngine(dir);
    TemplateException error = assertThrows(TemplateException.class, () -> e.render("t/nope.yml.mustache", Map.of()));
    assertEquals("t/nope.yml.mustache", error.template());
  }

  @Test
  void overridesReplaceOnlyTheTemplatesTheyName() throws IOException {
    TemplateEngine e = engine("t/x.yml.mustache", "v: 1\n");
    assertTrue(e.isOverridden("t/x.yml.mustache"));
    assertFalse(e.isOverridden("t/y.yml.mustache"));
    assertFalse(new TemplateEngine(null).isOverridden("t/x.yml.mustache"));
  }

  /** A package-private view with primitive, boolean and list getters, and one that throws. */
  record Host(String name, int port, boolean open, List<String> tags) {
    String broken() {
      throw new IllegalStateException("no address for " + name);
    }
  }

  @Test
  void gettersOfEveryKindAreReadThroughTheirHandlesManyTimesOver() throws IOException {
    TemplateEngine e = engine("t/h.sh.mustache", "{{#hosts}}{{name}}:{{port}}{{#open}} open{{/open}}{{#tags}} {{.}}{{/tags}}\n{{/hosts}}");
    List<Host> hosts = new java.util.ArrayList<>();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 100; i++) { // past the point where core reflection would generate an accessor class
      hosts.add(new Host("h" + i, 1000 + i, i % 2 == 0, List.of("t" + i)));
      expected.append("h").append(i).append(':').append(1000 + i).append(i % 2 == 0 ? " open" : "")
          .append(" t").append(i).append('\n');
    }
    assertEquals(expected.toString(), e.render("t/h.sh.mustache", Map.of("hosts", hosts)));
  }

  @Test
  void aGetterThatFailsFailsTheTemplateWithItsCause() throws IOException {
    TemplateEngine e = engine("t/b.sh.mustache", "{{broken}}\n");
    TemplateException error = assertThrows(TemplateException.class,
        () -> e.render("t/b.sh.mustache", new Host("db", 1, true, List.of())));
    assertEquals("t/b.sh.mustache", error.template());
    assertTrue(error.getMessage().contains("no address for db"), error.getMessage());
  }
}
