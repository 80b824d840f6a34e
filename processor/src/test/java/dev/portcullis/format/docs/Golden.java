package dev.portcullis.format.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files of this package, under {@code src/test/resources/dev/portcullis/format/docs/golden/}.
 * Run with {@code -Dportcullis.updateGolden=true} to rewrite them after an intended change, then
 * review the diff.
 */
final class Golden {
  private static final Path DIR = Path.of("src/test/resources/dev/portcullis/format/docs/golden");

  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("portcullis.updateGolden")) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(missing " + file + ")";
    assertEquals(expected, actual, name + " differs from its golden file; if the change is intended, run the "
        + "test with -Dportcullis.updateGolden=true and review the diff");
  }
}
