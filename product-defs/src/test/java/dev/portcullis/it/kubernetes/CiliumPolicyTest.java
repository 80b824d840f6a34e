package dev.portcullis.it.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.it.Tools;
import dev.portcullis.it.oracle.Direction;
import dev.portcullis.it.oracle.Reach;
import dev.portcullis.it.oracle.Reachability;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CiliumNetworkPolicies of every seed product and fixture: each validates against the CRD's
 * schema; {@code kubectl kustomize} builds the base and every combination of components; and
 * {@link CiliumEvaluator} (Cilium's semantics: default deny per direction, ICMP types, FQDN
 * egress behind the DNS proxy) allows exactly what the shared oracle says, with host names
 * matching their zone for egress, in every combination of the kustomize components.
 */
class CiliumPolicyTest {
  private static final List<String> PROTOCOLS = List.of("TCP", "UDP", "SCTP");
  private static final int[] ICMP_TYPES = {0, 3, 8, 11};
  private static final int[] ICMPV6_TYPES = {1, 128, 129, 135};

  static Stream<ProductDirs.ProductDir> products() {
    return ProductDirs.all().stream();
  }

  @Test
  void everySeedProductHasCiliumPolicies() {
    List<ProductDirs.ProductDir> seeds = ProductDirs.seeds();
    assertTrue(seeds.size() >= 5, seeds.toString());
    for (ProductDirs.ProductDir product : ProductDirs.all()) {
      assertTrue(Files.isRegularFile(product.cilium().resolve("kustomization.yaml")), product.cilium().toString());
    }
  }

  @Test
  void theSchemaRejectsWhatItShould() {
    CiliumSchema schema = new CiliumSchema();
    JsonNode good = Manifests.parseAll("""
        apiVersion: cilium.io/v2
        kind: CiliumNetworkPolicy
        metadata: {name: x}
        spec:
          endpointSelector: {matchLabels: {app: x}}
          ingress:
            - fromEndpoints: [{matchLabels: {app: y}}]
              toPorts: [{ports: [{port: "5705", protocol: TCP}]}]
        """).get(0);
    assertEquals(List.of(), schema.validate(good));
    for (String bad : List.of("protocol: TCPX", "port: 5705")) {
      String text = """
          apiVersion: cilium.io/v2
          kind: CiliumNetworkPolicy
          metadata: {name: x}
          spec:
            endpointSelector: {matchLabels: {app: x}}
            ingress:
              - toPorts: [{ports: [{%s}]}]
          """.formatted(bad.startsWith("port:") ? bad + ", protocol: TCP" : "port: \"1\", " + bad);
      assertFalse(schema.validate(Manifests.parseAll(text).get(0)).isEmpty(), bad);
    }
    String noSection = "apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: x}\n"
        + "spec: {endpointSelector: {}}\n";
    assertFalse(schema.validate(Manifests.parseAll(noSection).get(0)).isEmpty(), "a spec without rules");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("products")
  void everyManifestValidatesAgainstTheCrdSchema(ProductDirs.ProductDir product) {
    CiliumSchema schema = new CiliumSchema();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Path file : Manifests.policyFiles(product.cilium())) {
      for (JsonNode doc : Manifests.readAll(file)) {
        assertEquals("cilium.io/v2", doc.path("apiVersion").asText(), file.toString());
        assertEquals("CiliumNetworkPolicy", doc.path("kind").asText(), file.toString());
        schema.validate(doc).forEach(m -> problems.add(file + ": " + m));
        String name = doc.path("metadata").path("name").asText();
        if (!name.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*") || name.length() > 253) {
          problems.add(file + ": name " + name + " is not a DNS subdomain");
        }
        checked++;
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(checked > 0, "no manifest in " + product.cilium());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("products")
  void kustomizeBuildsTheBaseAndEveryCombination(ProductDirs.ProductDir product) throws Exception {
    Path kubectl = Tools.require("kubectl", "kubectl kustomize builds the Cilium kustomizations");
    Path overlays = Path.of("target", "cilium-overlays", product.id()).toAbsolutePath();
    int n = 0;
    for (Configuration configuration : Configuration.all(product.cilium())) {
      Path overlay = overlays.resolve("config-" + n++);
      Files.createDirectories(overlay);
      StringBuilder text = new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n")
          .append("resources:\n  - ").append(overlay.relativize(product.cilium())).append('\n');
      if (!configuration.components().isEmpty()) {
        text.append("components:\n");
        for (String component : configuration.components()) {
          text.append("  - ").append(overlay.relativize(product.cilium().resolve(component))).append('\n');
        }
      }
      Files.writeString(overlay.resolve("kustomization.yaml"), text, StandardCharsets.UTF_8);
      Map<String, JsonNode> built = new TreeMap<>();
      Manifests.parseAll(KustomizeBuildTest.kustomize(kubectl, overlay))
          .forEach(d -> built.put(d.path("metadata").path("name").asText(), d));
      Map<String, JsonNode> expected = new TreeMap<>();
      configuration.policies().forEach(d -> expected.put(d.path("metadata").path("name").asText(), d));
      assertEquals(expected, built, configuration.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("products")
  void theBaseNeverIsolatesEgress(ProductDirs.ProductDir product) {
    for (JsonNode policy : new Configuration(product.cilium(), List.of()).policies()) {
      assertFalse(policy.path("spec").has("egress"), policy.path("metadata").path("name").asText());
      assertFalse(policy.path("spec").path("enableDefaultDeny").path("egress").asBoolean(true),
          policy.path("metadata").path("name").asText());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("products")
  void thePoliciesAllowExactlyWhatTheOracleSaysIcmpAndHostNamesIncluded(ProductDirs.ProductDir product) {
    JsonNode model = Manifests.model(product.model());
    World world = new World(model);
    List<String> mismatches = new ArrayList<>();
    long probes = 0;
    for (Configuration configuration : Configuration.all(product.cilium())) {
      CiliumEvaluator policies = new CiliumEvaluator(configuration.policies(), World.NAMESPACE);
      ExpectedTraffic oracle = new ExpectedTraffic(model, configuration, true);
      for (Endpoint source : world.endpoints) {
        for (Endpoint destination : world.endpoints) {
          if (source == destination || (!isProduct(source, model) && !isProduct(destination, model))) {
            continue;
          }
          List<Object[]> cases = new ArrayList<>();
          for (String protocol : PROTOCOLS) {
            for (int port : world.ports) {
              cases.add(new Object[] {protocol, port});
            }
          }
          for (int type : ICMP_TYPES) {
            cases.add(new Object[] {"ICMP", type});
          }
          for (int type : ICMPV6_TYPES) {
            cases.add(new Object[] {"ICMPV6", type});
          }
          for (Object[] c : cases) {
            String protocol = (String) c[0];
            int port = (Integer) c[1];
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
    assertEquals(List.of(), mismatches, "policies and oracle disagree (" + probes + " probes)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("products")
  void everyReachOfTheOraclePassesIcmpAndHostNamesIncluded(ProductDirs.ProductDir product) throws Exception {
    JsonNode model = Manifests.model(product.model());
    World world = new World(model);
    String readme = Files.readString(product.cilium().resolve("README.md"));
    List<String> wrong = new ArrayList<>();
    int passed = 0;
    for (Configuration configuration : Configuration.all(product.cilium())) {
      CiliumEvaluator policies = new CiliumEvaluator(configuration.policies(), World.NAMESPACE);
      Reachability oracle = new ExpectedTraffic(model, configuration, true).oracle();
      for (Reach r : oracle.mustPass()) {
        List<Endpoint> peers = new ArrayList<>(peers(world, r.peer(), false));
        if (r.direction() == Direction.EGRESS) {
          peers.addAll(world.zoneHosts.getOrDefault(r.peerId(), List.of()).stream()
              .filter(h -> r.peerKind().equals("zone")).toList());
        } else if (r.peerKind().equals("zone") && !world.zoneHosts.getOrDefault(r.peerId(), List.of()).isEmpty()) {
          assertTrue(readme.contains("- zone " + md(r.peerId()) + " (host names, ingress):")
              || !peers.isEmpty(), product + ": ingress from host names of " + r.peer() + " is not a declared limit");
        }
        if (peers.isEmpty()) {
          assertTrue(readme.contains("- zone " + md(r.peerId())), product + ": " + r.peer()
              + " has no endpoint and no declared limit");
          continue;
        }
        Endpoint subject = world.componentPods.get(r.component()).get(0);
        String protocol = r.protocol().toUpperCase(Locale.ROOT);
        int[] ports = r.isIcmp() ? new int[] {r.from() == -1 ? 8 : r.from()} : new int[] {r.from(), r.to()};
        for (Endpoint peer : peers) {
          if (peer == subject) {
            continue;
          }
          for (int port : ports) {
            boolean allowed = r.direction() == Direction.INGRESS
                ? policies.ingressAllows(peer, subject, protocol, port)
                : policies.egressAllows(subject, peer, protocol, port);
            if (!allowed && wrong.size() < 40) {
              wrong.add(configuration + ": must pass " + r + " (" + peer + ", " + port + ") is refused");
            }
            passed++;
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(passed > 0 || model.path("flows").isEmpty(), "nothing was probed");
  }

  /** BrickStor's call home: by name with egress restricted, never the whole internet. */
  @Test
  void brickstorCallsHomeByNameOnly() {
    ProductDirs.ProductDir brickstor = ProductDirs.seeds().stream().filter(p -> p.id().equals("brickstor_sp"))
        .findFirst().orElseThrow();
    JsonNode model = Manifests.model(brickstor.model());
    World world = new World(model);
    Configuration restricted = new Configuration(brickstor.cilium(), List.of("components/egress"));
    CiliumEvaluator policies = new CiliumEvaluator(restricted.policies(), World.NAMESPACE);
    Endpoint appliance = world.componentPods.get("appliance").get(0);
    Endpoint home = world.zoneHosts.get("call_home").get(0);
    assertEquals("myracktop.com", home.host());
    assertTrue(policies.egressAllows(appliance, home, "TCP", 443));
    assertFalse(policies.egressAllows(appliance, home, "TCP", 80));
    assertFalse(policies.egressAllows(appliance, Endpoint.externalHost("elsewhere", "example.com", "192.0.2.200"),
        "TCP", 443), "only the vendor's name");
    assertFalse(policies.egressAllows(appliance, world.outsider, "TCP", 443), "never the whole internet");
    assertTrue(policies.ingressAllows(world.componentPods.get("witness").get(0), appliance, "ICMP", 8),
        "ICMP echo between HA nodes is enforced");
    assertFalse(policies.ingressAllows(world.outsider, appliance, "ICMP", 8));
  }

  private static boolean isProduct(Endpoint endpoint, JsonNode model) {
    return endpoint.isPod() && World.dashed(model.path("id").asText()).equals(endpoint.labels().get(World.PART_OF));
  }

  private static List<Endpoint> peers(World world, String peerRef, boolean names) {
    String id = peerRef.substring(peerRef.indexOf(':') + 1);
    if (peerRef.startsWith("component:")) {
      return world.componentPods.get(id);
    }
    return world.zoneMembers.getOrDefault(id, List.of());
  }

  private static String md(String id) {
    return id.replace("_", "\\_");
  }
}
