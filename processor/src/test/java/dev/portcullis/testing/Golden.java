package dev.portcullis.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The one golden-file harness of the processor's tests: a generated file (or a tree of them)
 * must equal its golden file byte for byte. After an intended change, run the test with
 * {@code -Dportcullis.updateGolden=true}: the golden files are rewritten (and, for a tree, the
 * ones no longer generated deleted), then review {@code git diff}. Paths are relative to the
 * module ({@code src/test/resources/...}), where Maven runs the tests.
 */
public final class Golden {
  /** The system property that rewrites golden files instead of comparing. */
  public static final String UPDATE = "portcullis.updateGolden";

  private Golden() {}

  public static boolean updating() {
    return Boolean.getBoolean(UPDATE);
  }

  /** {@code actual} equals the text of {@code golden}. */
  public static void assertFile(Path golden, String actual) {
    try {
      if (updating()) {
        Files.createDirectories(golden.toAbsolutePath().getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8)
          : "(missing golden file " + golden + ")";
      assertEquals(expected, actual, golden.getFileName() + " differs from its golden file " + golden + hint());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code actual} (text by path relative to {@code dir}) equals the files under {@code dir}: no file missing or extra. */
  public static void assertTree(Path dir, Map<String, String> actual) {
    try {
      if (updating()) {
        for (String stale : read(dir).keySet()) {
          if (!actual.containsKey(stale)) {
            Files.delete(dir.resolve(stale));
          }
        }
        for (Map.Entry<String, String> file : actual.entrySet()) {
          Path golden = dir.resolve(file.getKey());
          Files.createDirectories(golden.getParent());
          Files.writeString(golden, file.getValue(), StandardCharsets.UTF_8);
        }
      }
      Map<String, String> expected = read(dir);
      assertEquals(expected.keySet(), new TreeMap<>(actual).keySet(), "the files generated against the golden files in "
          + dir + hint());
      expected.forEach((name, text) -> assertEquals(text, actual.get(name), name + " differs from its golden file "
          + dir.resolve(name) + hint()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static String hint() {
    return "; if the change is intended, run the test with -D" + UPDATE + "=true and review the diff";
  }
}
