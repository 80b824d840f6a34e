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
import dev.portcullis.plan.RulePlan;
import dev.portcullis.format.Finding;
import dev.portcullis.format.Limit;
import dev.portcullis.format.Subject;
import dev.portcullis.format.GeneratedFile;
import dev.portcullis.format.TargetOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Kubernetes target as pure functions: where egress goes, both ends from the plan, options, checks and limits. */
class KubernetesTargetTest {
  private static final YAMLMapper YAML = new YAMLMapper();
  private final KubernetesTarget target = new KubernetesTarget();

  @Test
  void egressStaysOpenInTheBaseAndMustStayOpenMeansNoEgressComponent() throws IOException {
    TargetOutput out = render(TestProducts.nodesOnly());
    assertEquals(List.of("kubernetes/nodes/README.md", "kubernetes/nodes/default-deny.yaml",
        "kubernetes/nodes/kustomization.yaml", "kubernetes/nodes/node.yaml"), paths(out));
    for (String file : List.of("default-deny.yaml", "node.yaml")) {
      JsonNode policy = yaml(out, "kubernetes/nodes/" + file);
      assertEquals("[\"Ingress\"]", policy.path("spec").path("policyTypes").toString(), file);
      assertFalse(policy.path("spec").has("egress"), file);
    }
    assertTrue(text(out, "kubernetes/nodes/default-deny.yaml").contains("cannot be restricted: dials out"));
    assertEquals(List.of(), out.findings());
  }

  @Test
  void theBaseNeverIsolatesEgressTheEgressComponentDoesWithDns() throws IOException {
    TargetOutput out = render(TestProducts.shop(null));
    for (String path : paths(out)) {
      if (path.endsWith(".yaml") && !path.endsWith("kustomization.yaml") && !path.contains("/components/egress")
          && !path.contains("/components/zones/")) {
        assertEquals("[\"Ingress\"]", yaml(out, path).path("spec").path("policyTypes").toString(), path);
      }
    }
    JsonNode deny = yaml(out, "kubernetes/shop/components/egress/default-deny.egress.yaml");
    assertEquals("[\"Egress\"]", deny.path("spec").path("policyTypes").toString());
    JsonNode component = yaml(out, "kubernetes/shop/components/egress/kustomization.yaml");
    assertEquals("Component", component.path("kind").asText());
    assertEquals("kustomize.config.k8s.io/v1alpha1", component.path("apiVersion").asText());
    for (String c : List.of("batch-worker", "db", "web")) {
      JsonNode policy = yaml(out, "kubernetes/shop/components/egress/" + c + ".egress.yaml");
      assertEquals("[\"Egress\"]", policy.path("spec").path("policyTypes").toString(), c);
      JsonNode dns = policy.path("spec").path("egress").get(0);
      // matchExpressions: a kustomize overlay that adds labels to selectors leaves them alone
      assertEquals("[{\"key\":\"k8s-app\",\"operator\":\"In\",\"values\":[\"kube-dns\"]}]",
          dns.path("to").get(0).path("podSelector").path("matchExpressions").toString());
      assertEquals("[{\"protocol\":\"UDP\",\"port\":53},{\"protocol\":\"TCP\",\"port\":53}]", dns.path("ports").toString());
    }
    assertTrue(paths(out).contains("kubernetes/shop/components/feature-tls/kustomization.yaml"));
    assertTrue(paths(out).contains("kubernetes/shop/components/egress-feature-tls/web-tls.egress.yaml"),
        "the egress of an off feature comes with its own component: " + paths(out));
    assertTrue(paths(out).contains("kubernetes/shop/web-metrics.yaml"), "an on-by-default feature is in the base");
    assertEquals(List.of(), out.findings(), "render reports nothing");
  }

  @Test
  void bothEndsOfAComponentFlowComeFromThePlan() throws IOException {
    TargetOutput out = render(TestProducts.shop(null));
    // sql: db accepts web on 5432; web's egress to db carries it in components/egress
    JsonNode webEgress = yaml(out, "kubernetes/shop/components/egress/web.egress.yaml").path("spec").path("egress");
    assertTrue(webEgress.toString().contains("{\"protocol\":\"TCP\",\"port\":5432}"), webEgress.toString());
    // queue: batch_worker dials web on 6000-6010; web accepts it in the base
    JsonNode webIngress = yaml(out, "kubernetes/shop/web.yaml").path("spec").path("ingress");
    assertTrue(webIngress.toString().contains("{\"protocol\":\"TCP\",\"port\":6000,\"endPort\":6010}"),
        webIngress.toString());
    JsonNode workerEgress = yaml(out, "kubernetes/shop/components/egress/batch-worker.egress.yaml");
    assertTrue(workerEgress.toString().contains("{\"protocol\":\"TCP\",\"port\":6000,\"endPort\":6010}"),
        workerEgress.toString());
    // hiavd: instance-numbered at its default count, both ways between db pods
    assertTrue(yaml(out, "kubernetes/shop/db.yaml").toString().contains("\"port\":4746,\"endPort\":4747"));
    assertTrue(yaml(out, "kubernetes/shop/components/egress/db.egress.yaml").toString()
        .contains("\"port\":4746,\"endPort\":4747"));
    assertTrue(text(out, "kubernetes/shop/components/egress/web.egress.yaml").contains("# flow db/sql: "));
  }

  @Test
  void allowOutgoingMeansNoEgressComponent() throws IOException {
    TargetOutput out = render(TestProducts.shop("dials out"));
    assertTrue(paths(out).stream().noneMatch(p -> p.contains("components/egress")), paths(out).toString());
    assertEquals("[\"Ingress\"]", yaml(out, "kubernetes/shop/default-deny.yaml").path("spec").path("policyTypes").toString());
    assertTrue(text(out, "kubernetes/shop/default-deny.yaml").contains("no components/egress is generated"));
    List<Limit> limits = target.limits(RulePlan.of(TestProducts.shop("dials out")), TestProducts.context());
    assertTrue(limits.stream().anyMatch(l -> l.subject().equals("restricting outgoing traffic") && l.warning() == null),
        limits.toString());
  }

  @Test
  void labelKeysComeFromTheProcessorOptions() throws IOException {
    TargetOutput out = target.render(RulePlan.of(TestProducts.nodesOnly()), TestProducts.context(Map.of(
        Naming.PART_OF_OPTION, "example.com/product", Naming.COMPONENT_OPTION, "tier")));
    JsonNode node = yaml(out, "kubernetes/nodes/node.yaml");
    assertEquals("{\"example.com/product\":\"nodes\",\"tier\":\"node\"}",
        node.path("spec").path("podSelector").path("matchLabels").toString());
    assertEquals("{\"example.com/product\":\"nodes\",\"tier\":\"node\"}",
        node.path("spec").path("ingress").get(0).path("from").get(0).path("podSelector").path("matchLabels").toString());
    assertTrue(text(out, "kubernetes/nodes/README.md").contains("\"example.com/product\": \"nodes\""));
  }

  @Test
  void theSameLabelKeyTwiceIsAnOptionError() {
    List<Finding> findings = target.check(TestProducts.nodesOnly(), TestProducts.context(Map.of(
        Naming.PART_OF_OPTION, "tier", Naming.COMPONENT_OPTION, "tier")));
    assertEquals(List.of(Message.BAD_OPTION), messages(findings));
  }

  @Test
  void aNamespaceSelectorThatIsNotALabelIsAnErrorOnTheAttribute() {
    Product bad = withZone(TestProducts.nodesOnly(), new Zone("monitoring", "", List.of(), List.of(), false, false,
        List.of("team", "Bad Key=x", "ok=-bad-", "dup=a", "dup=b")));
    List<Finding> findings = target.check(bad, TestProducts.context());
    List<String> texts = findings.stream().map(Finding::text).toList();
    assertEquals(4, texts.size(), texts.toString());
    assertTrue(texts.get(0).contains("'team'") && texts.get(0).contains("expected key=value"), texts.get(0));
    assertTrue(texts.get(1).contains("not a label key"), texts.get(1));
    assertTrue(texts.get(2).contains("not a label value"), texts.get(2));
    assertTrue(texts.get(3).contains("given twice"), texts.get(3));
    assertTrue(findings.stream().allMatch(f -> f.message().severity() == Severity.ERROR));
    assertTrue(findings.stream().allMatch(f -> f.subject().equals(Subject.zone("monitoring").on("namespaceSelector"))));
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
    List<Finding> findings = target.check(clash, TestProducts.context());
    assertEquals(List.of(Message.K8S_NAME_CLASH, Message.K8S_NAME_CLASH), messages(findings));
    assertTrue(findings.get(0).text().contains("'nodes-a-b'"), findings.get(0).text());
    assertTrue(findings.get(1).text().contains("'nodes-a-b.egress'"), findings.get(1).text());
    assertEquals(List.of(), target.check(TestProducts.shop(null), TestProducts.context()));
  }

  @Test
  void aFeatureCalledEgressDoesNotClashWithTheEgressPolicies() {
    Product product = TestProducts.nodesOnly();
    List<dev.portcullis.model.Flow> flows = new ArrayList<>(product.flows());
    flows.add(TestProducts.flow("x", "node", Peer.component("node"), Direction.INBOUND, Protocol.TCP,
        TestProducts.ports(1), "egress").build());
    Product egress = new Product("nodes", "Nodes", "", "", "com.example.Nodes", product.components(), List.of(),
        List.of(new Feature("egress", "", true)), List.of(), flows, new Prerequisites(List.of(), null, null), List.of());
    assertEquals(List.of(), target.check(egress, TestProducts.context()));
    List<String> paths = paths(render(egress));
    assertTrue(paths.contains("kubernetes/nodes/node-egress.yaml") && paths.contains(
        "kubernetes/nodes/components/egress/node.egress.yaml"), paths.toString());
  }

  @Test
  void whatNetworkPolicyCannotSayIsALimitAWarningAndAComment() {
    List<Limit> limits = target.limits(RulePlan.of(TestProducts.shop(null)), TestProducts.context());
    assertTrue(limits.stream().allMatch(l -> l.target().equals("Kubernetes NetworkPolicy")), limits.toString());
    List<Finding> warnings = limits.stream().map(Limit::warning).filter(java.util.Objects::nonNull).toList();
    assertEquals(List.of(Message.K8S_ICMP_UNSUPPORTED, Message.K8S_PREREQUISITE, Message.K8S_PREREQUISITE,
        Message.ZONE_WITHOUT_DEFAULTS), messages(warnings));
    assertEquals("ping", warnings.get(0).subject().ref());
    assertEquals("net.ipv4.ip_forward", warnings.get(1).subject().ref());
    assertEquals("forwarding", warnings.get(2).subject().ref());
    assertEquals("agents", warnings.get(3).subject().ref());
    List<String> documented = limits.stream().filter(l -> l.warning() == null).map(Limit::subject).toList();
    assertEquals(List.of("variable hiavd_instances", "variable http_port", "variable vpn_protocol",
        "component batch_worker as a peer", "component db as a peer", "component web as a peer",
        "pods with hostNetwork: true"), documented);
    TargetOutput out = render(TestProducts.shop(null));
    assertTrue(text(out, "kubernetes/shop/web.yaml").contains("# NOT ENFORCED: ICMP type 8"));
    // a zone without addresses: a placeholder that matches no address, set in one place (components/zones)
    String egress = text(out, "kubernetes/shop/components/egress/web.egress.yaml");
    assertTrue(egress.contains("# zone 'agents' has no default addresses: set them in\n"), egress);
    assertTrue(egress.contains("cidr: \"0.0.0.0/0\"\n            except:\n              - \"0.0.0.0/1\"\n"
        + "              - \"128.0.0.0/1\"\n"), egress);
    String zones = text(out, "kubernetes/shop/components/zones/kustomization.yaml");
    assertTrue(zones.contains("name: \"shop-web.egress\"\n        fieldPaths:\n          - \"spec.egress."), zones);
    assertTrue(text(out, "kubernetes/shop/default-deny.yaml").contains("# NOT ENFORCED (host prerequisite): sysctl"));
    assertTrue(text(out, "kubernetes/shop/README.md").contains("pods with hostNetwork: true"));
  }

  @Test
  void theBytesAreTheSameEveryTimeAndEveryFileHasTheHeader() {
    TargetOutput first = target.render(RulePlan.of(TestProducts.shop("x")), TestProducts.context());
    TargetOutput second = target.render(RulePlan.of(TestProducts.shop("x")), TestProducts.context());
    assertEquals(paths(first), paths(second));
    for (int i = 0; i < first.files().size(); i++) {
      assertArrayEquals(first.files().get(i).content(), second.files().get(i).content(), first.files().get(i).path());
      String text = first.files().get(i).text();
      String header = "Generated by dev.portcullis.processor.PortcullisProcessor from com.example.Shop. Do not edit by hand.";
      // YAML comments are cut to yamllint's 80 columns: the header is the first comment lines
      assertTrue(text.startsWith("# Generated by ") && text.replace("\n# ", " ").contains(header)
          || text.startsWith("<!-- " + header + " -->\n"), first.files().get(i).path());
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

  private static List<Message> messages(List<Finding> findings) {
    return findings.stream().map(Finding::message).toList();
  }

  private TargetOutput render(Product product) {
    return target.render(RulePlan.of(product), TestProducts.context());
  }

  private static String text(TargetOutput out, String path) {
    return out.files().stream().filter(f -> f.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + path + " in " + paths(out))).text();
  }

  private static JsonNode yaml(TargetOutput out, String path) throws IOException {
    return YAML.readTree(text(out, path));
  }
}
