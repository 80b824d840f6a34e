package dev.portcullis.format.cilium;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.portcullis.processor.testing.Javac;
import dev.portcullis.testing.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every file of {@code cilium/<product>/} equals its golden file byte for byte, for the
 * definitions of the NetworkPolicy golden test ({@code Shop}: every concept, ICMP, host-name
 * zones in both directions; {@code Relay}: opt-in egress). Run with
 * {@code -Dportcullis.updateGolden=true} to rewrite them after an intended change, then review
 * the diff.
 */
class CiliumGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/dev/portcullis/format/cilium/golden");

  @ParameterizedTest
  @ValueSource(strings = {"Shop", "Relay"})
  void everyFileMatchesItsGoldenFile(String definition) throws IOException {
    String product = definition.toLowerCase(java.util.Locale.ROOT);
    Compilation compilation = Javac.compile(List.of("-Aportcullis.targets=cilium", "-Aportcullis.descriptors=false"),
        Javac.source(product + "." + definition, resource(definition + ".java.txt")));
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), Javac.describe(compilation));
    String prefix = "cilium/" + product + "/";
    Map<String, String> actual = new TreeMap<>();
    Javac.outputs(compilation).forEach((path, bytes) -> {
      if (path.startsWith(prefix)) {
        actual.put(path.substring(prefix.length()), new String(bytes, StandardCharsets.UTF_8));
      }
    });
    Golden.assertTree(GOLDEN.resolve(product), actual);
  }

  private static String resource(String name) {
    String path = "/dev/portcullis/format/kubernetes/" + name;
    try (InputStream in = CiliumGoldenTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
