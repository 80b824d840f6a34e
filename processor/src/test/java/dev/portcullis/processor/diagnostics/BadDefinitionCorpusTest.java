package dev.portcullis.processor.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.diagnostics.Message;
import dev.portcullis.diagnostics.Severity;
import dev.portcullis.processor.testing.DiskJavac;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-definition corpus: {@code src/test/resources/bad-definitions/NN_name/Def.java}, each
 * marking the line every error must land on with {@code // expect: <message id>}. Each is
 * compiled next to a valid product ({@code definitions/kitchen/KitchenSink.java}) and must give
 * exactly the expected errors on exactly those lines, no exception in javac, and no file for the
 * failing product: what the build leaves under {@code META-INF/} and in generated sources is
 * byte for byte what the valid product gives alone.
 */
class BadDefinitionCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/bad-definitions");
  private static final Path VALID = Path.of("src/test/resources/definitions/kitchen/KitchenSink.java");
  private static final Pattern EXPECT = Pattern.compile("// expect: ([a-z0-9-]+)");
  private static final Pattern ID = Pattern.compile("^\\[portcullis:([a-z0-9-]+)]");

  private static Map<String, byte[]> validResources;
  private static Map<String, byte[]> validSources;

  @BeforeAll
  static void compileTheValidProductAlone(@TempDir Path work) {
    DiskJavac.Result r = DiskJavac.compile(work, List.of(VALID), List.of());
    assertTrue(r.success(), r.describe());
    validResources = r.resources();
    validSources = r.sources();
    assertTrue(validResources.containsKey("META-INF/portcullis/model/kitchen_sink.json"), validResources.keySet().toString());
  }

  static List<Path> corpus() throws IOException {
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  @Test
  void theCorpusHasAtLeastThirtyDefinitions() throws IOException {
    assertTrue(corpus().size() >= 30, "corpus size " + corpus().size());
  }

  /** A marker: the message id and the 1-based line it must land on. */
  record Expected(String id, long line) implements Comparable<Expected> {
    @Override
    public int compareTo(Expected o) {
      return line != o.line ? Long.compare(line, o.line) : id.compareTo(o.id);
    }

    @Override
    public String toString() {
      return id + "@" + line;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void badDefinitionFailsOnItsLineAndWritesNothing(Path dir, @TempDir Path work) throws IOException {
    Path def = dir.resolve("Def.java");
    Set<Expected> expected = markers(def);
    assertFalse(expected.isEmpty(), "no // expect: marker in " + def);
    for (Expected e : expected) {
      Message message = Arrays.stream(Message.values()).filter(m -> m.id().equals(e.id())).findFirst()
          .orElseThrow(() -> new AssertionError("unknown message id " + e.id() + " in " + def));
      assertEquals(Severity.ERROR, message.severity(), e + " is not an error");
    }

    DiskJavac.Result r = DiskJavac.compile(work, List.of(def, VALID), List.of());
    assertFalse(r.success(), r.describe());
    Set<Expected> actual = new TreeSet<>();
    for (Diagnostic<? extends JavaFileObject> d : r.diagnostics()) {
      String text = d.getMessage(Locale.ROOT);
      boolean inDef = d.getSource() != null && d.getSource().toUri().getPath().endsWith(dir.getFileName() + "/Def.java");
      Matcher id = ID.matcher(text);
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        assertTrue(inDef, "error outside Def.java: " + r.describe());
        assertTrue(id.find(), "not a Portcullis error (the definition must be valid Java): " + r.describe());
        actual.add(new Expected(id.group(1), d.getLineNumber()));
      }
    }
    assertEquals(expected, actual, r.describe());

    assertEquals(validResources.keySet(), r.resources().keySet(), "files beside the valid product's");
    validResources.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, r.resources().get(path)), path));
    assertEquals(validSources.keySet(), r.sources().keySet(), "generated sources beside the valid product's");
  }

  private static Set<Expected> markers(Path file) throws IOException {
    Set<Expected> result = new TreeSet<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = EXPECT.matcher(lines.get(i));
      while (m.find()) {
        result.add(new Expected(m.group(1), i + 1));
      }
    }
    return result;
  }
}
