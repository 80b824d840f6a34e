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

  /**
   * The README's recipe for a zone without defaults (a JSON patch adding an {@code ipBlock} rule)
   * builds, with every component added, and then lets that address through on the flow's port.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("products")
  void theReadmePatchForAZoneWithoutDefaultsWorks(ProductDirs.ProductDir product) throws Exception {
    String readme = Files.readString(product.kubernetes().resolve("README.md"));
    int start = readme.indexOf("```yaml\npatches:\n");
    if (start < 0) {
      return; // every zone this product uses has addresses
    }
    Path kubectl = Tools.require("kubectl", "kubectl kustomize builds the README's patch example");
    String patches = readme.substring(start + "```yaml\n".length(), readme.indexOf("\n```", start + 7) + 1);
    List<Configuration> all = Configuration.all(product.kubernetes());
    Configuration everything = all.get(all.size() - 1);
    Path overlay = Path.of("target", "k8s-overlays", product.id(), "readme-patch").toAbsolutePath();
    Files.createDirectories(overlay);
    StringBuilder text = new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n")
        .append("namespace: ").append(World.NAMESPACE).append('\n')
        .append("resources:\n  - ").append(overlay.relativize(product.kubernetes())).append('\n');
    if (!everything.components().isEmpty()) {
      text.append("components:\n");
      for (String component : everything.components()) {
        text.append("  - ").append(overlay.relativize(product.kubernetes().resolve(component))).append('\n');
      }
    }
    text.append(patches);
    Files.writeString(overlay.resolve("kustomization.yaml"), text, StandardCharsets.UTF_8);
    List<JsonNode> built = Manifests.parseAll(kustomize(kubectl, overlay));

    JsonNode patchDoc = Manifests.parseAll(patches).get(0).path("patches").get(0);
    String name = patchDoc.path("target").path("name").asText();
    JsonNode op = Manifests.parseAll(patchDoc.path("patch").asText()).get(0).get(0);
    boolean ingress = op.path("path").asText().equals("/spec/ingress/-");
    JsonNode port = op.path("value").path("ports").get(0);
    JsonNode policy = byName(built).get(name);
    Map<String, String> labels = new TreeMap<>();
    policy.path("spec").path("podSelector").path("matchLabels").fields()
        .forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
    Endpoint pod = Endpoint.pod("patched", World.NAMESPACE, Map.of(World.NS_NAME, World.NAMESPACE), labels, "10.244.1.1");
    Endpoint zone = Endpoint.external("zone-from-readme", "192.0.2.1");
    PolicyEvaluator evaluator = new PolicyEvaluator(built, World.NAMESPACE);
    String protocol = port.path("protocol").asText();
    int number = port.path("port").asInt();
    if (ingress) {
      org.junit.jupiter.api.Assertions.assertTrue(evaluator.ingressAllows(zone, pod, protocol, number),
          "after the README patch, " + name + " admits the zone on " + protocol + " " + number);
    } else {
      org.junit.jupiter.api.Assertions.assertTrue(evaluator.egressAllows(pod, zone, protocol, number),
          "after the README patch, " + name + " lets the pods reach the zone on " + protocol + " " + number);
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
