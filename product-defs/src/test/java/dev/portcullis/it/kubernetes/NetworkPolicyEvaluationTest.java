package dev.portcullis.it.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evaluates each product's policies, in every combination of its kustomize components, with a
 * NetworkPolicy evaluator that follows the Kubernetes semantics, against what the definition
 * (the model JSON) says: every declared TCP/UDP/SCTP flow whose peer has addresses passes, and
 * nothing else does — no undeclared port, peer, protocol, namespace or product.
 */
class NetworkPolicyEvaluationTest {
  private static final List<String> PROTOCOLS = List.of("TCP", "UDP", "SCTP");

  static Stream<ProductDirs.ProductDir> products() {
    return ProductDirs.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("products")
  void thePoliciesAllowExactlyTheDeclaredFlows(ProductDirs.ProductDir product) {
    JsonNode model = Manifests.model(product.model());
    World world = new World(model);
    List<Configuration> configurations = Configuration.all(product.kubernetes());
    List<String> mismatches = new ArrayList<>();
    long probes = 0;
    for (Configuration configuration : configurations) {
      PolicyEvaluator policies = new PolicyEvaluator(configuration.policies(), World.NAMESPACE);
      ExpectedTraffic definition = new ExpectedTraffic(model, configuration);
      for (Endpoint source : world.endpoints) {
        for (Endpoint destination : world.endpoints) {
          if (source == destination || (!isProduct(source, model) && !isProduct(destination, model))) {
            continue;
          }
          for (String protocol : PROTOCOLS) {
            for (int port : world.ports) {
              probes++;
              boolean actual = policies.allows(source, destination, protocol, port);
              boolean expected = definition.allows(source, destination, protocol, port);
              if (actual != expected && mismatches.size() < 40) {
                mismatches.add(configuration + ": " + source + " -> " + destination + " " + protocol + " " + port
                    + ": the policies " + (actual ? "allow" : "deny") + " it, the definition "
                    + (expected ? "declares it" : "does not"));
              }
            }
          }
        }
      }
    }
    assertEquals(List.of(), mismatches, "policies and definition disagree (" + probes + " probes)");
    assertTrue(probes > 0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("products")
  void everyDeclaredFlowPassesWithItsFeatureOn(ProductDirs.ProductDir product) {
    JsonNode model = Manifests.model(product.model());
    World world = new World(model);
    List<Configuration> configurations = Configuration.all(product.kubernetes());
    Configuration everything = configurations.get(configurations.size() - 1);
    PolicyEvaluator policies = new PolicyEvaluator(everything.policies(), World.NAMESPACE);
    List<String> denied = new ArrayList<>();
    Set<String> zonesWithoutPeers = new TreeSet<>();
    int checked = 0;
    for (JsonNode flow : model.path("flows")) {
      if (flow.path("protocol").asText().equals("icmp")) {
        continue;
      }
      List<Endpoint> owners = world.componentPods.get(flow.path("component").asText());
      List<Endpoint> peers = peers(world, flow);
      if (peers.isEmpty()) {
        zonesWithoutPeers.add(flow.path("peer").path("id").asText());
        continue;
      }
      for (Endpoint owner : owners.subList(0, 1)) {
        for (Endpoint peer : peers) {
          if (peer == owner) {
            continue;
          }
          for (JsonNode transport : flow.path("transports")) {
            String protocol = transport.asText().toUpperCase(Locale.ROOT);
            for (JsonNode range : flow.path("ports")) {
              for (int port : new int[] {range.path("from").asInt(), range.path("to").asInt()}) {
                String direction = flow.path("direction").asText();
                if (!direction.equals("outbound") && !policies.allows(peer, owner, protocol, port)) {
                  denied.add(flow.path("id").asText() + ": " + peer + " -> " + owner + " " + protocol + " " + port);
                }
                if (!direction.equals("inbound") && !policies.allows(owner, peer, protocol, port)) {
                  denied.add(flow.path("id").asText() + ": " + owner + " -> " + peer + " " + protocol + " " + port);
                }
                checked++;
              }
            }
          }
        }
      }
    }
    assertEquals(List.of(), denied, "declared flows the policies deny (" + everything + ")");
    // zones without defaults have nothing to allow: they are the build warnings, nothing else is skipped
    for (String zone : zonesWithoutPeers) {
      JsonNode z = zoneOf(model, zone);
      assertTrue(z.path("ipv4").isEmpty() && z.path("ipv6").isEmpty() && z.path("namespaceSelector").isEmpty(),
          "zone " + zone + " has addresses but no endpoint");
    }
    assertTrue(checked > 0 || model.path("flows").isEmpty(), "no flow was checked");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("products")
  void anUndeclaredPortIsClosedToEveryone(ProductDirs.ProductDir product) {
    JsonNode model = Manifests.model(product.model());
    World world = new World(model);
    int undeclared = undeclaredPort(model);
    for (Configuration configuration : Configuration.all(product.kubernetes())) {
      PolicyEvaluator policies = new PolicyEvaluator(configuration.policies(), World.NAMESPACE);
      for (List<Endpoint> pods : world.componentPods.values()) {
        for (Endpoint source : world.endpoints) {
          for (String protocol : PROTOCOLS) {
            assertFalse(policies.ingressAllows(source, pods.get(0), protocol, undeclared),
                configuration + ": " + source + " reaches " + pods.get(0) + " on undeclared " + protocol + " " + undeclared);
          }
        }
      }
    }
  }

  private static boolean isProduct(Endpoint endpoint, JsonNode model) {
    return endpoint.isPod() && World.dashed(model.path("id").asText()).equals(endpoint.labels().get(World.PART_OF));
  }

  private static List<Endpoint> peers(World world, JsonNode flow) {
    String id = flow.path("peer").path("id").asText();
    if (flow.path("peer").path("kind").asText().equals("component")) {
      return world.componentPods.get(id);
    }
    return world.zoneMembers.getOrDefault(id, List.of());
  }

  private static JsonNode zoneOf(JsonNode model, String id) {
    for (JsonNode zone : model.path("zones")) {
      if (zone.path("id").asText().equals(id)) {
        return zone;
      }
    }
    throw new AssertionError("no zone " + id);
  }

  private static int undeclaredPort(JsonNode model) {
    for (int port = 1; port <= 65535; port++) {
      boolean used = false;
      for (JsonNode flow : model.path("flows")) {
        for (JsonNode range : flow.path("ports")) {
          used |= port >= range.path("from").asInt() && port <= range.path("to").asInt();
        }
      }
      if (!used) {
        return port;
      }
    }
    throw new AssertionError("every port is declared");
  }
}
