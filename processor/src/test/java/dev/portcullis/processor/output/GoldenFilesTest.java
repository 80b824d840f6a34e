package dev.portcullis.processor.output;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.processor.testing.DiskJavac;
import dev.portcullis.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files of what the processor itself generates for the KitchenSink test definition: the
 * Java descriptor (JavaPoet) and {@code model/kitchen_sink.json}. Targets keep their own goldens.
 *
 * <p>After an intended change, regenerate and review the diff:
 * {@code ./mvnw -B -o -pl processor test -Dtest=GoldenFilesTest -Dportcullis.updateGolden=true},
 * then {@code git diff processor/src/test/resources/golden}.
 */
class GoldenFilesTest {
  private static final Path DEFINITION = Path.of("src/test/resources/definitions/kitchen/KitchenSink.java");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/kitchen_sink");

  private static Map<String, byte[]> generated;

  @BeforeAll
  static void compile(@TempDir Path work) {
    DiskJavac.Result r = DiskJavac.compile(work, List.of(DEFINITION), List.of());
    assertTrue(r.success(), r.describe());
    generated = new java.util.TreeMap<>();
    r.sources().forEach((path, bytes) -> generated.put("src/" + path, bytes));
    r.outputs().forEach((path, bytes) -> generated.put(path, bytes));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"src/kitchen/KitchenSinkDescriptor.java", "model/kitchen_sink.json"})
  void generatedFileEqualsItsGolden(String path) throws IOException {
    byte[] actual = generated.get(path);
    assertTrue(actual != null, path + " was not generated; generated: " + generated.keySet());
    Golden.assertFile(GOLDEN.resolve(path + ".golden"), new String(actual, StandardCharsets.UTF_8));
  }
}
