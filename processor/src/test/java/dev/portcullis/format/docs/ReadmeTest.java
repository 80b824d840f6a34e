package dev.portcullis.format.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.diagnostics.Message;
import dev.portcullis.processor.Options;
import dev.portcullis.render.Literals;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README stays true to the code: its diagnostics table is the message catalogue, and it
 * documents every processor option and every annotation. Run with
 * {@code -Dportcullis.updateReadme=true} to rewrite the diagnostics table after adding a message.
 */
class ReadmeTest {
  private static final Path README = Path.of("..", "README.md");
  private static final String BEGIN = "<!-- diagnostics:begin (generated from dev.portcullis.diagnostics.Message by ReadmeTest) -->\n";
  private static final String END = "<!-- diagnostics:end -->";

  @Test
  void diagnosticsTableIsTheMessageCatalogue() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    assertTrue(begin >= 0 && end > begin, "README.md lacks the diagnostics markers: " + BEGIN + END);
    String expected = diagnosticsTable();
    String actual = readme.substring(begin + BEGIN.length(), end);
    if (Boolean.getBoolean("portcullis.updateReadme") && !actual.equals(expected)) {
      Files.writeString(README, readme.substring(0, begin + BEGIN.length()) + expected + readme.substring(end),
          StandardCharsets.UTF_8);
      actual = expected;
    }
    assertEquals(expected, actual,
        "README.md's diagnostics table differs from dev.portcullis.diagnostics.Message; run "
            + "./mvnw -B -pl processor test -Dtest=ReadmeTest -Dportcullis.updateReadme=true and commit README.md");
  }

  @Test
  void everyProcessorOptionIsDocumented() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    for (String option : Options.SUPPORTED) {
      assertTrue(readme.contains("`-A" + option + "="), "README.md does not document -A" + option);
    }
  }

  @Test
  void everyAnnotationIsDocumented() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Path dir = Path.of("annotations/src/main/java/dev/portcullis/annotations");
    try (Stream<Path> files = Files.list(dir)) {
      List<String> annotations = files.filter(f -> {
        try {
          return Files.readString(f).contains("public @interface");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).map(f -> f.getFileName().toString().replace(".java", "")).sorted().toList();
      assertTrue(annotations.size() >= 10, annotations.toString());
      for (String annotation : annotations) {
        assertTrue(readme.contains("`@" + annotation), "README.md does not document @" + annotation);
      }
    }
  }

  /** One row per message, in catalogue order; the text with its placeholders shown as {@code …}. */
  static String diagnosticsTable() throws ReflectiveOperationException {
    Field format = Message.class.getDeclaredField("format"); // the catalogue keeps its patterns private
    format.setAccessible(true);
    StringBuilder out = new StringBuilder("| id | severity | message |\n|---|---|---|\n");
    for (Message m : Message.values()) {
      String text = ((String) format.get(m)).replaceAll("%[sd]", "…");
      out.append("| `portcullis:").append(m.id()).append("` | ")
          .append(m.severity().name().toLowerCase(Locale.ROOT)).append(" | ")
          .append(Literals.markdownText(text)).append(" |\n");
    }
    return out.toString();
  }
}
