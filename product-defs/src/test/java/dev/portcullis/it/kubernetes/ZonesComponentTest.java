package dev.portcullis.it.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portcullis.it.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Setting the addresses of the zones without defaults is ONE edit: the user copies
 * {@code components/zones/addresses.yaml} into an overlay, writes the networks there, lists it
 * under {@code resources:} and adds {@code components/zones} last, after every other component
 * (as the README shows). {@code kubectl
 * kustomize} builds it, and the evaluator compares the result with the oracle computed from the
 * model JSON with those networks given to the zones (the user's settings): everything the zones
 * now allow passes, and nothing else. Without the edit, the placeholder matches no address.
 */
class ZonesComponentTest {
  static Stream<ProductDirs.ProductDir> products() {
    return ProductDirs.all().stream().filter(p -> Files.isDirectory(p.kubernetes().resolve("components/zones")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("products")
  void oneEditSetsAZonesAddressesInEveryPolicy(ProductDirs.ProductDir product) throws Exception {
    Path kubectl = Tools.require("kubectl", "kubectl kustomize builds the zones component");
    Path work = Path.of("target", "k8s-zones", product.id()).toAbsolutePath();
    Path copy = product.kubernetes();
    Path overlay = work.resolve("overlay");
    Files.createDirectories(overlay);

    // the user's one edit: every zone's placeholder replaced by its networks
    JsonNode model = Manifests.model(product.model()).deepCopy();
    Map<String, String[]> networks = new LinkedHashMap<>();
    StringBuilder addresses = new StringBuilder();
    int z = 1;
    for (JsonNode doc : Manifests.readAll(copy.resolve("components/zones/addresses.yaml"))) {
      String name = doc.path("metadata").path("name").asText();
      String[] cidrs = {"10.123." + z + ".0/24", "fd00:123:" + z + "::/64"};
      networks.put(name, cidrs);
      addresses.append("---\napiVersion: ").append(doc.path("apiVersion").asText()).append("\nkind: ")
          .append(doc.path("kind").asText()).append("\nmetadata:\n  name: ").append(name)
          .append("\n  annotations:\n    config.kubernetes.io/local-config: \"true\"\npeers:\n")
          .append("  - ipBlock:\n      cidr: ").append(cidrs[0]).append('\n')
          .append("  - ipBlock:\n      cidr: ").append(cidrs[1]).append('\n');
      z++;
    }
    assertFalse(networks.isEmpty(), "addresses.yaml holds a document per zone without defaults");
    Files.writeString(overlay.resolve("addresses.yaml"), addresses, StandardCharsets.UTF_8);
    for (JsonNode zone : model.path("zones")) {
      String[] cidrs = networks.get(World.dashed(zone.path("id").asText()));
      if (cidrs != null) {
        ((ArrayNode) zone.path("ipv4")).removeAll().add(cidrs[0]);
        ((ArrayNode) zone.path("ipv6")).removeAll().add(cidrs[1]);
      }
    }
    assertEquals(networks.size(), countSet(model, networks), "every document names a zone of the model");

    List<Configuration> all = Configuration.all(copy);
    Configuration everything = all.get(all.size() - 1);
    StringBuilder text = new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n")
        .append("namespace: ").append(World.NAMESPACE).append('\n')
        .append("resources:\n  - ").append(overlay.relativize(copy)).append("\n  - addresses.yaml\ncomponents:\n");
    for (String component : everything.components()) {
      text.append("  - ").append(overlay.relativize(copy.resolve(component))).append('\n');
    }
    text.append("  - ").append(overlay.relativize(copy.resolve("components/zones"))).append('\n');
    Files.writeString(overlay.resolve("kustomization.yaml"), text, StandardCharsets.UTF_8);
    List<JsonNode> built = Manifests.parseAll(KustomizeBuildTest.kustomize(kubectl, overlay));
    assertTrue(built.stream().allMatch(d -> d.path("kind").asText().equals("NetworkPolicy")),
        "the addresses are kustomize-local and never output");
    assertFalse(built.toString().contains("128.0.0.0/1"), "no placeholder is left");

    ((ObjectNode) model).put("id", model.path("id").asText());
    World world = new World(model);
    PolicyEvaluator policies = new PolicyEvaluator(built, World.NAMESPACE);
    ExpectedTraffic oracle = new ExpectedTraffic(model, everything);
    List<String> mismatches = new ArrayList<>();
    int zoneProbes = 0;
    for (Endpoint source : world.endpoints) {
      for (Endpoint destination : world.endpoints) {
        if (source == destination) {
          continue;
        }
        for (String protocol : List.of("TCP", "UDP", "SCTP")) {
          for (int port : world.ports) {
            boolean actual = policies.allows(source, destination, protocol, port);
            boolean expected = oracle.allows(source, destination, protocol, port);
            if (expected && (source.name().contains("@10.123.") || destination.name().contains("@10.123."))) {
              zoneProbes++;
            }
            if (actual != expected && mismatches.size() < 40) {
              mismatches.add(source + " -> " + destination + " " + protocol + " " + port + ": the policies "
                  + (actual ? "allow" : "deny") + " it, the oracle " + (expected ? "allows it" : "does not"));
            }
          }
        }
      }
    }
    assertEquals(List.of(), mismatches, product + " with components/zones set and " + everything.components());
    assertTrue(zoneProbes > 0, "a zone set in addresses.yaml was reached");
  }

  private static int countSet(JsonNode model, Map<String, String[]> networks) {
    int n = 0;
    for (JsonNode zone : model.path("zones")) {
      n += networks.containsKey(World.dashed(zone.path("id").asText())) ? 1 : 0;
    }
    return n;
  }
}
