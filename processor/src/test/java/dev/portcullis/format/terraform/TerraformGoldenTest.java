package dev.portcullis.format.terraform;


import com.google.testing.compile.Compilation;
import dev.portcullis.testing.Golden;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module of a definition that uses every concept (zones with IPv4/IPv6 defaults, a public
 * zone, a zone without defaults, features on and off, configurable port and protocol, instances,
 * ICMP with and without an ICMPv6 counterpart, SCTP, bidirectional and outbound flows, a flow on
 * two components, text that needs escaping) equals the golden files byte for byte. Run with
 * {@code -Dportcullis.updateGolden=true} to rewrite them after an intended change, then review
 * the diff.
 */
class TerraformGoldenTest {
  private static final List<String> FILES = List.of("versions.tf", "variables.tf", "main.tf", "rules.tf", "moved.tf",
      "outputs.tf", "modules/rules/main.tf", "modules/rules/variables.tf", "modules/rules/versions.tf", "README.md",
      "examples/basic/main.tf", "examples/basic/versions.tf");
  private static final Path GOLDEN = Path.of("src/test/resources/dev/portcullis/format/terraform/golden/lab");

  @Test
  void everyFileOfTheLabModuleMatchesItsGoldenFile() throws IOException {
    Compilation compilation = Definitions.compile("lab.Lab", Definitions.resource("Lab.java.txt"));
    for (String name : FILES) {
      String actual = Definitions.file(compilation, "terraform/aws/lab/" + name).orElseThrow();
      Golden.assertFile(GOLDEN.resolve(name), actual);
    }
  }
}
