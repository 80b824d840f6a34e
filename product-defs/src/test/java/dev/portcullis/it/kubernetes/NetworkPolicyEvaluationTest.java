package dev.portcullis.it.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.it.oracle.Direction;
import dev.portcullis.it.oracle.Reach;
import dev.portcullis.it.oracle.Reachability;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evaluates each product's policies, in every combination of its kustomize components, with a
 * NetworkPolicy evaluator that follows the Kubernetes semantics, against the shared reachability
 * oracle ({@link Reachability}, from the model JSON alone), ingress AND egress: the base leaves
 * egress open (the oracle with egress open), {@code components/egress} restricts it (the oracle
 * with egress restricted), each {@code components/feature-<f>} turns its feature on. Everything the
 * oracle says must pass is allowed, its must-not sample is refused, and nothing else passes. The
 * only differences allowed are the target's declared limits: ICMP (not probed; each ICMP reach
 * must be a limit in the README) and zones without addresses (no endpoint; each must be a limit).
 */
class NetworkPolicyEvaluationTest {
  private static final List<String> PROTOCOLS = List.of("TCP", "UDP", "SCTP");

  static Stream<ProductDirs.ProductDir> products() {
    return ProductDirs.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("products")
  void theEgressComponentExistsUnlessOutgoingMustStayOpen(ProductDirs.ProductDir product) {
    JsonNode model = Manifests.model(product.model());
    boolean mustStayOpen = model.path("prerequisites").path("outgoing").path("mustBeAllowed").asBoolean();
    List<String> components = Configuration.componentDirs(product.kubernetes());
    assertEquals(!mustStayOpen, components.contains("components/egress"), product + ": " + components);
    if (mustStayOpen) {
      assertTrue(components.stream().noneMatch(c -> c.startsWith("components/egress")), components.toString());
      assertTrue(readme(product).contains("- restricting outgoing traffic: No `components/egress`")
          || readme(product).contains("- restricting outgoing traffic: No components/egress"), "the limit row says why");
    }
    for (JsonNode policy : new Configuration(product.kubernetes(), List.of()).policies()) {
      assertEquals("[\"Ingress\"]", policy.path("spec").path("policyTypes").toString(),
          "the base never isolates egress: " + policy.path("metadata").path("name"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("products")
  void thePoliciesAllowExactlyWhatTheOracleSays(ProductDirs.ProductDir product) {
    JsonNode model = Manifests.model(product.model());
    World world = new World(model);
    List<String> mismatches = new ArrayList<>();
    long probes = 0;
    for (Configuration configuration : Configuration.all(product.kubernetes())) {
      PolicyEvaluator policies = new PolicyEvaluator(configuration.policies(), World.NAMESPACE);
      ExpectedTraffic oracle = new ExpectedTraffic(model, configuration);
      for (Endpoint source : world.endpoints) {
        for (Endpoint destination : world.endpoints) {
          if (source == destination || (!isProduct(source, model) && !isProduct(destination, model))) {
            continue;
          }
          for (String protocol : PROTOCOLS) {
            for (int port : world.ports) {
              probes++;
              boolean actual = policies.allows(source, destination, protocol, port);
              boolean expected = oracle.allows(source, destination, protocol, port);
              if (actual != expected && mismatches.size() < 40) {
                mismatches.add(configuration + ": " + source + " -> " + destination + " " + protocol + " " + port
                    + ": the policies " + (actual ? "allow" : "deny") + " it, the oracle "
                    + (expected ? "allows it" : "does not"));
              }
            }
          }
        }
      }
    }
    assertEquals(List.of(), mismatches, "policies and oracle disagree (" + probes + " probes)");
    assertTrue(probes > 0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("products")
  void everyReachOfTheOraclePassesAndItsSampleIsRefused(ProductDirs.ProductDir product) {
    JsonNode model = Manifests.model(product.model());
    World world = new World(model);
    String readme = readme(product);
    List<String> wrong = new ArrayList<>();
    int passed = 0;
    int refused = 0;
    for (Configuration configuration : Configuration.all(product.kubernetes())) {
      PolicyEvaluator policies = new PolicyEvaluator(configuration.policies(), World.NAMESPACE);
      ExpectedTraffic expected = new ExpectedTraffic(model, configuration);
      Reachability oracle = expected.oracle();
      for (Reach r : oracle.mustPass()) {
        if (r.isIcmp()) {
          // declared limit: NetworkPolicy has no ICMP
          assertTrue(r.flows().stream().anyMatch(f -> readme.contains("- flow " + md(f) + " on ")),
              product + ": ICMP reach " + r + " is not a declared limit");
          continue;
        }
        List<Endpoint> peers = peers(world, r.peer());
        if (peers.isEmpty()) {
          assertTrue(readme.contains("- zone " + md(r.peerId()) + ":"),
              product + ": " + r.peer() + " has no endpoint and no declared limit");
          continue;
        }
        Endpoint subject = world.componentPods.get(r.component()).get(0);
        for (Endpoint peer : peers) {
          if (peer == subject) {
            continue;
          }
          for (int port : new int[] {r.from(), (r.from() + r.to()) / 2, r.to()}) {
            String protocol = r.protocol().toUpperCase(Locale.ROOT);
            boolean allowed = r.direction() == Direction.INGRESS
                ? policies.ingressAllows(peer, subject, protocol, port)
                : policies.egressAllows(subject, peer, protocol, port);
            if (!allowed && wrong.size() < 40) {
              wrong.add(configuration + ": must pass " + r + " (" + peer + ", port " + port + ") is refused");
            }
            passed++;
          }
        }
      }
      for (Reach r : oracle.mustNotSample()) {
        Endpoint subject = world.componentPods.get(r.component()).get(0);
        String protocol = r.protocol().toUpperCase(Locale.ROOT);
        for (Endpoint peer : peers(world, r.peer())) {
          if (peer == subject) {
            continue;
          }
          // an endpoint that is also in another zone (an admin address is on the internet too) may pass by that zone
          boolean oracleAllows = r.direction() == Direction.INGRESS
              ? expected.ingressAllows(peer, subject, protocol, r.from())
              : expected.egressAllows(subject, peer, protocol, r.from());
          if (oracleAllows) {
            continue;
          }
          boolean allowed = r.direction() == Direction.INGRESS
              ? policies.ingressAllows(peer, subject, protocol, r.from())
              : policies.egressAllows(subject, peer, protocol, r.from());
          if (allowed && wrong.size() < 40) {
            wrong.add(configuration + ": must not pass " + r + " (" + peer + ") is allowed");
          }
          refused++;
        }
      }
    }
    assertEquals(List.of(), wrong, product + ": the policies differ from the oracle (" + passed + " must-pass and "
        + refused + " must-not probes)");
    assertTrue(passed > 0 || model.path("flows").isEmpty(), "nothing was probed");
    assertTrue(refused > 0, "no must-not probe");
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

  /** The endpoints of an oracle peer: the pods of a component, or the endpoints inside a zone. */
  private static List<Endpoint> peers(World world, String peerRef) {
    String id = peerRef.substring(peerRef.indexOf(':') + 1);
    if (peerRef.startsWith("component:")) {
      return world.componentPods.get(id);
    }
    return world.zoneMembers.getOrDefault(id, List.of());
  }

  private static String readme(ProductDirs.ProductDir product) {
    try {
      return Files.readString(product.kubernetes().resolve("README.md"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An id as the README's Markdown writes it. */
  private static String md(String id) {
    return id.replace("_", "\\_");
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
