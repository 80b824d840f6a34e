package dev.portcullis.it.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.it.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code kubectl kustomize} builds each product's base and an overlay for every combination of
 * its components, and what it builds is exactly the policies the evaluation used.
 */
class KustomizeBuildTest {
  static Stream<ProductDirs.ProductDir> products() {
    return ProductDirs.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("products")
  void kustomizeBuildsTheBaseAndEveryCombinationOfComponents(ProductDirs.ProductDir product) throws Exception {
    Path kubectl = Tools.require("kubectl", "kubectl kustomize builds the generated kustomizations");
    assertEquals(byName(new Configuration(product.kubernetes(), List.of()).policies()),
        byName(Manifests.parseAll(kustomize(kubectl, product.kubernetes()))), "kubectl kustomize " + product.kubernetes());
    Path overlays = Path.of("target", "k8s-overlays", product.id()).toAbsolutePath();
    int n = 0;
    for (Configuration configuration : Configuration.all(product.kubernetes())) {
      Path overlay = overlays.resolve("config-" + n++);
      Files.createDirectories(overlay);
      StringBuilder text = new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n")
          .append("namespace: ").append(World.NAMESPACE).append('\n')
          .append("resources:\n  - ").append(overlay.relativize(product.kubernetes())).append('\n');
      if (!configuration.components().isEmpty()) {
        text.append("components:\n");
        for (String component : configuration.components()) {
          text.append("  - ").append(overlay.relativize(product.kubernetes().resolve(component))).append('\n');
        }
      }
      Files.writeString(overlay.resolve("kustomization.yaml"), text, StandardCharsets.UTF_8);
      Map<String, JsonNode> built = byName(Manifests.parseAll(kustomize(kubectl, overlay)));
      Map<String, JsonNode> expected = new TreeMap<>();
      for (JsonNode policy : configuration.policies()) {
        JsonNode copy = policy.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy.path("metadata")).put("namespace", World.NAMESPACE);
        expected.put(copy.path("metadata").path("name").asText(), copy);
      }
      assertEquals(expected, built, configuration.toString());
    }
  }

  private static Map<String, JsonNode> byName(List<JsonNode> docs) {
    Map<String, JsonNode> byName = new TreeMap<>();
    for (JsonNode doc : docs) {
      if (byName.put(doc.path("metadata").path("name").asText(), doc) != null) {
        throw new AssertionError("two objects named " + doc.path("metadata").path("name"));
      }
    }
    return byName;
  }

  static String kustomize(Path kubectl, Path dir) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
        .redirectErrorStream(false).start();
    byte[] out = process.getInputStream().readAllBytes();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("kubectl kustomize " + dir + " timed out");
    }
    if (process.exitValue() != 0) {
      throw new AssertionError("kubectl kustomize " + dir + " failed (" + process.exitValue() + "):\n" + err);
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
