package dev.portcullis.it.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.it.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The overlay platform teams write to run a product twice: {@code labels} with
 * {@code includeSelectors: true} adds an instance label to the policies AND to every
 * {@code matchLabels} selector kustomize knows (kustomize #5912). The product's own selectors
 * must take it (the relabelled pods), but a selector of something outside the product (kube-dns,
 * a zone's namespaces) must not, or DNS breaks: those are written as {@code matchExpressions},
 * which kustomize leaves alone. {@code kubectl kustomize} builds the overlay with every kustomize
 * component, and the evaluator compares what it built with the oracle, the product's pods
 * carrying the instance label.
 */
class KustomizeLabelsOverlayTest {
  private static final String INSTANCE = "app.kubernetes.io/instance";

  static Stream<ProductDirs.ProductDir> products() {
    return ProductDirs.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("products")
  void anOverlayThatLabelsSelectorsKeepsDnsAndZonesWorking(ProductDirs.ProductDir product) throws Exception {
    Path kubectl = Tools.require("kubectl", "kubectl kustomize builds the labelled overlay");
    List<Configuration> all = Configuration.all(product.kubernetes());
    Configuration everything = all.get(all.size() - 1);
    Path overlay = Path.of("target", "k8s-overlays", product.id(), "labels").toAbsolutePath();
    Files.createDirectories(overlay);
    StringBuilder text = new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n")
        .append("namespace: ").append(World.NAMESPACE).append('\n')
        .append("labels:\n  - pairs:\n      ").append(INSTANCE).append(": prod\n    includeSelectors: true\n")
        .append("resources:\n  - ").append(overlay.relativize(product.kubernetes())).append('\n');
    if (!everything.components().isEmpty()) {
      text.append("components:\n");
      for (String component : everything.components()) {
        text.append("  - ").append(overlay.relativize(product.kubernetes().resolve(component))).append('\n');
      }
    }
    Files.writeString(overlay.resolve("kustomization.yaml"), text, StandardCharsets.UTF_8);
    List<JsonNode> built = Manifests.parseAll(KustomizeBuildTest.kustomize(kubectl, overlay));
    assertTrue(built.stream().allMatch(p -> "prod".equals(p.path("spec").path("podSelector").path("matchLabels")
        .path(INSTANCE).asText())), "the overlay relabels the product's selectors (else this test proves nothing)");

    JsonNode model = Manifests.model(product.model());
    World world = new World(model);
    String productLabel = World.dashed(model.path("id").asText());
    List<Endpoint> endpoints = new ArrayList<>();
    for (Endpoint e : world.endpoints) {
      // the instance's pods carry the label the overlay gives them; nothing outside the product does
      boolean ours = e.isPod() && productLabel.equals(e.labels().get(World.PART_OF));
      endpoints.add(ours ? e.withLabel(INSTANCE, "prod") : e);
    }
    PolicyEvaluator policies = new PolicyEvaluator(built, World.NAMESPACE);
    ExpectedTraffic oracle = new ExpectedTraffic(model, everything);
    List<String> mismatches = new ArrayList<>();
    int dnsProbes = 0;
    for (Endpoint source : endpoints) {
      for (Endpoint destination : endpoints) {
        if (source == destination) {
          continue;
        }
        for (String protocol : List.of("TCP", "UDP")) {
          for (int port : world.ports) {
            boolean actual = policies.allows(source, destination, protocol, port);
            boolean expected = oracle.allows(source, destination, protocol, port);
            if (port == 53 && expected && "kube-dns".equals(destination.labels().get("k8s-app"))) {
              dnsProbes++;
            }
            if (actual != expected && mismatches.size() < 40) {
              mismatches.add(source + " -> " + destination + " " + protocol + " " + port + ": the overlay "
                  + (actual ? "allows" : "denies") + " it, the oracle " + (expected ? "allows it" : "does not"));
            }
          }
        }
      }
    }
    assertEquals(List.of(), mismatches, product + " with the labels overlay and " + everything.components());
    assertTrue(dnsProbes > 0, "DNS to kube-dns was probed");
  }
}
