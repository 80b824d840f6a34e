package dev.portcullis.it.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.it.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code yamllint} with its DEFAULT configuration ({@code -d default}, so no {@code .yamllint}
 * file around changes it) finds nothing in any generated manifest: NetworkPolicies, Cilium
 * policies and kustomizations of every seed product and fixture.
 */
class YamllintTest {
  @Test
  void theManifestsPassYamllintWithItsDefaultConfiguration() throws Exception {
    Path yamllint = Tools.require("yamllint", "yamllint checks the generated manifests");
    List<String> dirs = new ArrayList<>();
    for (ProductDirs.ProductDir product : ProductDirs.all()) {
      dirs.add(product.kubernetes().toString());
      Path cilium = product.root().resolve("cilium").resolve(product.id());
      if (Files.isDirectory(cilium)) {
        dirs.add(cilium.toString());
      }
    }
    assertTrue(dirs.size() >= 5, "the seed products' manifests are there: " + dirs);
    List<String> command = new ArrayList<>(List.of(yamllint.toString(), "-d", "default", "-f", "parsable"));
    command.addAll(dirs);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(300, TimeUnit.SECONDS), "yamllint timed out");
    assertEquals("", out.strip(), "yamllint -d default findings");
    assertEquals(0, process.exitValue(), out);
  }
}
