package dev.portcullis.format.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;

/**
 * The role generated for a definition that uses every concept (zones covering and not covering a
 * test client, a public zone, a zone without defaults, the local subnet, features on and off, a
 * configurable port and protocol, instances, more than 15 ports for one peer, ICMP, SCTP, an
 * outbound and a bidirectional flow, a sysctl and forwarding, a title with quotes and Jinja
 * delimiters, the longest product id) equals the golden files byte for byte, and no file is
 * missing or extra. Run with {@code -Dportcullis.updateGolden=true} to rewrite them after an
 * intended change, then review the diff.
 */
class AnsibleGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/dev/portcullis/format/ansible/golden");
  private static final Path COLLECTION_GOLDEN =
      Path.of("src/test/resources/dev/portcullis/format/ansible/golden-collection");
  private static final String COLLECTION = "ansible/ansible_collections/portcullis/firewall/";
  private static final String ROLE = COLLECTION + "roles/ansible_lab_product1/";

  @Test
  void everyFileOfTheLabRoleMatchesItsGoldenFile() throws IOException {
    Compilation compilation = Javac.compile(List.of("-Aportcullis.targets=ansible", "-Aportcullis.descriptors=false"),
        Javac.source("lab.Lab", resource("Lab.java.txt")));
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> compilation.diagnostics().toString());
    Map<String, String> actual = new TreeMap<>();
    Map<String, String> collection = new TreeMap<>();
    Javac.outputs(compilation).forEach((path, bytes) -> {
      if (path.startsWith(ROLE)) {
        actual.put(path.substring(ROLE.length()), new String(bytes, StandardCharsets.UTF_8));
      } else if (path.startsWith(COLLECTION) && !path.startsWith(COLLECTION + "roles/")) {
        collection.put(path.substring(COLLECTION.length()), new String(bytes, StandardCharsets.UTF_8));
      }
    });
    assertTrue(actual.containsKey("tasks/main.yml"), actual.keySet()::toString);
    Golden.assertTree(GOLDEN, actual);
    assertTrue(collection.containsKey("galaxy.yml"), collection.keySet()::toString);
    Golden.assertTree(COLLECTION_GOLDEN, collection);
  }

  static String resource(String name) {
    try (InputStream in = AnsibleGoldenTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
