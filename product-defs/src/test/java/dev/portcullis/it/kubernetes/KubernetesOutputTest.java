package dev.portcullis.it.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.it.GeneratedOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes target ran for every product of the build, and for the fixtures it said what it
 * could not express: one warning per zone without defaults, ICMP flow and host prerequisite.
 */
class KubernetesOutputTest {
  @Test
  void everySeedProductHasKubernetesManifests() throws IOException {
    Path models = GeneratedOutput.resolve("model");
    List<String> modelled;
    try (var list = Files.list(models)) {
      modelled = list.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList();
    }
    assertTrue(modelled.contains("storageos"), "storageos is built");
    assertEquals(modelled, ProductDirs.seeds().stream().map(ProductDirs.ProductDir::id).toList(),
        "every product with a model has kubernetes/<product>/");
    List<String> missingSeeds = GeneratedOutput.SEED_PRODUCTS.stream().filter(s -> !modelled.contains(s)).toList();
    if (!missingSeeds.isEmpty()) {
      System.err.println("NOTE: seed definitions not in this build yet, so not evaluated: " + missingSeeds);
    }
  }

  @Test
  void theFixturesWarnAboutWhatNetworkPolicyCannotSay() {
    Fixtures.Result result = Fixtures.result();
    assertEquals(List.of(), result.errors());
    for (String product : FixtureDefinitions.PRODUCTS) {
      assertTrue(Files.isDirectory(result.root().resolve("kubernetes").resolve(product)), product);
    }
    List<String> k8s = result.warnings().stream()
        .filter(w -> w.contains("Kubernetes") || w.contains("NetworkPolicy")).sorted().toList();
    assertEquals(12, k8s.size(), "two products x (2 zones without addresses, host names, ICMP, sysctl, forwarding): "
        + k8s);
    assertEquals(2, count(k8s, "[portcullis:zone-host-names] zone 'updates' is known by host names"
        + " (*.cdn.example.com, updates.example.com), which the Kubernetes NetworkPolicy target cannot match"),
        k8s.toString());
    assertEquals(2, count(k8s, "[portcullis:zone-no-defaults] zone 'agents' has no default CIDRs"), k8s.toString());
    assertEquals(2, count(k8s, "[portcullis:k8s-icmp] flow 'ping' is ICMP"), k8s.toString());
    assertEquals(2, count(k8s, "[portcullis:k8s-prerequisite] host prerequisite 'sysctl net.ipv4.ip_forward=1'"),
        k8s.toString());
    assertEquals(2, count(k8s, "[portcullis:k8s-prerequisite] host prerequisite 'packet forwarding'"), k8s.toString());
  }

  @Test
  void theReadmeStatesTheEgressStance() throws IOException {
    Path root = Fixtures.root().resolve("kubernetes");
    String shop = Files.readString(root.resolve("k8s_shop/README.md"));
    String outgoing = Files.readString(root.resolve("k8s_outgoing/README.md"));
    assertTrue(shop.contains("Egress is not isolated in the base. Outgoing traffic stays allowed by default"), shop);
    assertTrue(shop.contains("To restrict it, add `components/egress`"), shop);
    assertTrue(Files.isRegularFile(root.resolve("k8s_shop/components/egress-feature-tls/kustomization.yaml")));
    assertTrue(outgoing.contains("Outgoing traffic stays allowed and cannot be restricted: dials partners"), outgoing);
    assertTrue(outgoing.contains("Egress is not isolated, and no `components/egress` is generated."), outgoing);
    assertTrue(Files.notExists(root.resolve("k8s_outgoing/components/egress")), "no egress component");
    assertTrue(Files.notExists(root.resolve("k8s_outgoing/components/egress-feature-tls")), "no egress companion");
  }

  private static long count(List<String> lines, String fragment) {
    return lines.stream().filter(l -> l.contains(fragment)).count();
  }
}
