package dev.portcullis.format.kubernetes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.portcullis.annotations.Direction;
import dev.portcullis.annotations.Protocol;
import dev.portcullis.diagnostics.Message;
import dev.portcullis.diagnostics.Severity;
import dev.portcullis.model.Component;
import dev.portcullis.model.Feature;
import dev.portcullis.model.Peer;
import dev.portcullis.model.Prerequisites;
import dev.portcullis.model.Product;
import dev.portcullis.model.Zone;
import dev.portcullis.processor.Options;
import dev.portcullis.format.Finding;
import dev.portcullis.format.GeneratedFile;
import dev.portcullis.format.TargetOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Kubernetes target as a pure function: where egress goes, options, and the inputs it refuses. */
class KubernetesTargetTest {
  private static final YAMLMapper YAML = new YAMLMapper();
  private final KubernetesTarget target = new KubernetesTarget();

  @Test
  void withoutOutboundFlowsOnlyIngressIsIsolated() throws IOException {
    TargetOutput out = target.render(dev.portcullis.plan.RulePlan.of(TestProducts.nodesOnly()), TestProducts.context());
    assertEquals(List.of("kubernetes/nodes/README.md", "kubernetes/nodes/default-deny.yaml",
        "kubernetes/nodes/kustomization.yaml", "kubernetes/nodes/node.yaml"), paths(out));
    for (String file : List.of("default-deny.yaml", "node.yaml")) {
      JsonNode policy = yaml(out, "kubernetes/nodes/" + file);
      assertEquals("[\"Ingress\"]", policy.path("spec").path("policyTypes").toString(), file);
      assertFalse(policy.path("spec").has("egress"), file);
    }
    assertEquals(List.of(), out.findings());
  }

  @Test
  void outboundFlowsIsolateEgressInTheBaseWithDns() throws IOException {
    TargetOutput out = target.render(dev.portcullis.plan.RulePlan.of(TestProducts.shop(null)), TestProducts.context());
    JsonNode deny = yaml(out, "kubernetes/shop/default-deny.yaml");
    assertEquals("[\"Ingress\",\"Egress\"]", deny.path("spec").path("policyTypes").toString());
    for (String component : List.of("batch-worker", "db", "web")) {
      JsonNode policy = yaml(out, "kubernetes/shop/" + component + ".yaml");
      JsonNode dns = policy.path("spec").path("egress").get(0);
      assertEquals("kube-dns", dns.path("to").get(0).path("podSelector").path("matchLabels").path("k8s-app").asText());
      assertEquals("[{\"protocol\":\"UDP\",\"port\":53},{\"protocol\":\"TCP\",\"port\":53}]", dns.path("ports").toString());
    }
    assertTrue(paths(out).stream().noneMatch(p -> p.contains("components/egress")), paths(out).toString());
    assertTrue(paths(out).contains("kubernetes/shop/components/feature-tls/kustomization.yaml"));
    assertTrue(paths(out).contains("kubernetes/shop/web-metrics.yaml"), "an on-by-default feature is in the base");
  }

  @Test
  void allowOutgoingMakesEgressIsolationAnOptInComponent() throws IOException {
    TargetOutput out = target.render(dev.portcullis.plan.RulePlan.of(TestProducts.shop("dials out")), TestProducts.context());
    assertEquals("[\"Ingress\"]", yaml(out, "kubernetes/shop/default-deny.yaml").path("spec").path("policyTypes").toString());
    assertEquals("[\"Ingress\"]", yaml(out, "kubernetes/shop/web.yaml").path("spec").path("policyTypes").toString());
    JsonNode egressDeny = yaml(out, "kubernetes/shop/components/egress/default-deny-egress.yaml");
    assertEquals("[\"Egress\"]", egressDeny.path("spec").path("policyTypes").toString());
    JsonNode component = yaml(out, "kubernetes/shop/components/egress/kustomization.yaml");
    assertEquals("Component", component.path("kind").asText());
    assertEquals("kustomize.config.k8s.io/v1alpha1", component.path("apiVersion").asText());
    assertTrue(paths(out).contains("kubernetes/shop/components/egress-feature-tls/web-tls-egress.yaml"),
        "the egress of an off feature comes with its own component: " + paths(out));
    assertTrue(text(out, "kubernetes/shop/default-deny.yaml").contains("# Egress stays open because"));
  }

  @Test
  void labelKeysComeFromTheProcessorOptions() throws IOException {
    TargetOutput out = target.render(dev.portcullis.plan.RulePlan.of(TestProducts.nodesOnly()), TestProducts.context(Map.of(
        Options.K8S_PART_OF_LABEL, "example.com/product", Options.K8S_COMPONENT_LABEL, "tier")));
    JsonNode node = yaml(out, "kubernetes/nodes/node.yaml");
    assertEquals("{\"example.com/product\":\"nodes\",\"tier\":\"node\"}",
        node.path("spec").path("podSelector").path("matchLabels").toString());
    assertEquals("{\"example.com/product\":\"nodes\",\"tier\":\"node\"}",
        node.path("spec").path("ingress").get(0).path("from").get(0).path("podSelector").path("matchLabels").toString());
    assertTrue(text(out, "kubernetes/nodes/README.md").contains("\"example.com/product\": \"nodes\""));
  }

  @Test
  void theSameLabelKeyTwiceIsAnOptionError() {
    TargetOutput out = target.render(dev.portcullis.plan.RulePlan.of(TestProducts.nodesOnly()), TestProducts.context(Map.of(
        Options.K8S_PART_OF_LABEL, "tier", Options.K8S_COMPONENT_LABEL, "tier")));
    assertEquals(List.of(), out.files());
    assertEquals(List.of(Message.BAD_OPTION), messages(out));
  }

  @Test
  void aNamespaceSelectorThatIsNotALabelIsAnError() {
    Product bad = withZone(TestProducts.nodesOnly(), new Zone("monitoring", "", List.of(), List.of(), false, false,
        List.of("team", "Bad Key=x", "ok=-bad-", "dup=a", "dup=b")));
    TargetOutput out = target.render(dev.portcullis.plan.RulePlan.of(bad), TestProducts.context());
    assertEquals(List.of(), out.files());
    List<String> texts = out.findings().stream().map(Finding::text).toList();
    assertEquals(4, texts.size(), texts.toString());
    assertTrue(texts.get(0).contains("'team'") && texts.get(0).contains("expected key=value"), texts.get(0));
    assertTrue(texts.get(1).contains("not a label key"), texts.get(1));
    assertTrue(texts.get(2).contains("not a label value"), texts.get(2));
    assertTrue(texts.get(3).contains("given twice"), texts.get(3));
    assertTrue(out.findings().stream().allMatch(f -> f.message().severity() == Severity.ERROR));
  }

  @Test
  void idsThatJoinToTheSameNameAreAnError() {
    Product product = TestProducts.nodesOnly();
    List<dev.portcullis.model.Flow> flows = new ArrayList<>(product.flows());
    flows.add(TestProducts.flow("x", "a", Peer.component("a"), Direction.INBOUND, Protocol.TCP,
        TestProducts.ports(1), "b").build());
    flows.add(TestProducts.flow("y", "a_b", Peer.component("a_b"), Direction.INBOUND, Protocol.TCP,
        TestProducts.ports(2), null).build());
    Product clash = new Product("nodes", "Nodes", "", "", "com.example.Nodes",
        List.of(new Component("a", ""), new Component("a_b", ""), new Component("node", "")), List.of(),
        List.of(new Feature("b", "", true)), List.of(), flows, new Prerequisites(List.of(), null, null), List.of());
    TargetOutput out = target.render(dev.portcullis.plan.RulePlan.of(clash), TestProducts.context());
    assertEquals(List.of(), out.files());
    assertEquals(List.of(Message.K8S_NAME_CLASH), messages(out));
    assertTrue(out.findings().get(0).text().contains("'nodes-a-b'"), out.findings().get(0).text());
  }

  @Test
  void whatNetworkPolicyCannotSayIsAWarningAndAComment() {
    TargetOutput out = target.render(dev.portcullis.plan.RulePlan.of(TestProducts.shop(null)), TestProducts.context());
    assertEquals(List.of(Message.ZONE_WITHOUT_DEFAULTS, Message.K8S_ICMP_UNSUPPORTED, Message.K8S_PREREQUISITE,
        Message.K8S_PREREQUISITE), messages(out));
    assertEquals("agents", out.findings().get(0).subject().ref());
    assertEquals("ping", out.findings().get(1).subject().ref());
    assertEquals("net.ipv4.ip_forward", out.findings().get(2).subject().ref());
    assertEquals("forwarding", out.findings().get(3).subject().ref());
    assertTrue(text(out, "kubernetes/shop/web.yaml").contains("# NOT ENFORCED: ICMP type 8"));
    assertTrue(text(out, "kubernetes/shop/web.yaml").contains("# NO RULE: zone 'agents' has no default CIDRs"));
    assertTrue(text(out, "kubernetes/shop/default-deny.yaml").contains("# NOT ENFORCED (host prerequisite): sysctl"));
  }

  @Test
  void theBytesAreTheSameEveryTimeAndEveryFileHasTheHeader() {
    TargetOutput first = target.render(dev.portcullis.plan.RulePlan.of(TestProducts.shop("x")), TestProducts.context());
    TargetOutput second = target.render(dev.portcullis.plan.RulePlan.of(TestProducts.shop("x")), TestProducts.context());
    assertEquals(paths(first), paths(second));
    for (int i = 0; i < first.files().size(); i++) {
      assertArrayEquals(first.files().get(i).content(), second.files().get(i).content(), first.files().get(i).path());
      String text = first.files().get(i).text();
      String header = "Generated by dev.portcullis.processor.PortcullisProcessor from com.example.Shop. Do not edit by hand.";
      assertTrue(text.startsWith("# " + header + "\n") || text.startsWith("<!-- " + header + " -->\n"),
          first.files().get(i).path());
      assertFalse(text.contains("\r") || text.contains("\t"), first.files().get(i).path());
    }
  }

  private static Product withZone(Product p, Zone zone) {
    List<Zone> zones = new ArrayList<>(p.zones());
    zones.add(zone);
    return new Product(p.id(), p.title(), p.docs(), p.description(), p.sourceClass(), p.components(), zones,
        p.features(), p.variables(), p.flows(), p.prerequisites(), p.notes());
  }

  private static List<String> paths(TargetOutput out) {
    return out.files().stream().map(GeneratedFile::path).sorted().toList();
  }

  private static List<Message> messages(TargetOutput out) {
    return out.findings().stream().map(Finding::message).toList();
  }

  private static String text(TargetOutput out, String path) {
    return out.files().stream().filter(f -> f.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + path + " in " + paths(out))).text();
  }

  private static JsonNode yaml(TargetOutput out, String path) throws IOException {
    return YAML.readTree(text(out, path));
  }
}
