package dev.portcullis.format.kubernetes;

import dev.portcullis.format.Limit;
import dev.portcullis.model.Feature;
import dev.portcullis.model.Flow;
import dev.portcullis.model.PortRange;
import dev.portcullis.model.Product;
import dev.portcullis.model.Transport;
import dev.portcullis.model.Zone;
import dev.portcullis.plan.PlannedRule;
import dev.portcullis.plan.RulePlan;
import dev.portcullis.render.Literals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds the scope of the product's {@code README.md} from the rule plan, the layout and the declared limits. */
final class ReadmeBuilder {
  private final RulePlan rulePlan;
  private final Product product;
  private final Plan plan;
  private final Naming naming;
  private final List<Limit> limits;

  ReadmeBuilder(RulePlan rulePlan, Plan plan, Naming naming, List<Limit> limits) {
    this.rulePlan = rulePlan;
    this.product = rulePlan.product();
    this.plan = plan;
    this.naming = naming;
    this.limits = List.copyOf(limits);
  }

  ReadmeView build(String header) {
    List<ReadmeView.ComponentRow> components = plan.components().stream()
        .map(b -> new ReadmeView.ComponentRow(b.dir(), b.summary(),
            b.requires().isEmpty() ? "" : b.requires().stream().map(r -> "`" + r + "`").collect(Collectors.joining(", "))))
        .toList();
    List<ReadmeView.PolicyRow> basePolicies = plan.base().policies().stream()
        .map(p -> new ReadmeView.PolicyRow(p.file(), p.name(),
            (p.ingress() ? "Ingress" : "") + (p.ingress() && p.egress() ? ", " : "") + (p.egress() ? "Egress" : "")))
        .toList();
    List<ReadmeView.ZoneRow> zones = product.zones().stream()
        .map(z -> new ReadmeView.ZoneRow(z.id(), zonePeers(z))).toList();
    Optional<PlannedRule> patchRule = patchRule();
    List<ReadmeView.VariableRow> variables = product.variables().stream()
        .map(v -> new ReadmeView.VariableRow(v.name(), v.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
            String.valueOf(v.defaultValue()).toLowerCase(Locale.ROOT), v.flowId()))
        .toList();
    List<ReadmeView.FeatureRow> onFeatures = product.features().stream().filter(Feature::enabledByDefault)
        .map(f -> new ReadmeView.FeatureRow(f.id(), policiesOf(f)))
        .filter(row -> !row.policies().isEmpty())
        .toList();
    List<ReadmeView.Unexpressible> unexpressible = limits.stream()
        .map(l -> new ReadmeView.Unexpressible(l.subject() + ": " + l.instead(), l.warning() != null,
            l.warning() == null ? "" : l.warning().message().suppressionKey()))
        .toList();
    boolean ingressPatch = patchRule.map(PlannedRule::isIngress).orElse(true);
    return new ReadmeView(
        header,
        product.title(),
        product.description(),
        product.sourceClass(),
        "kubernetes/" + product.id(),
        Literals.yamlString(naming.partOfLabel()),
        Literals.yamlString(naming.product()),
        Literals.yamlString(naming.componentLabel()),
        product.components().stream().map(c -> "\"" + Naming.dashed(c.id()) + "\"").collect(Collectors.joining(", ")),
        basePolicies,
        egressText(),
        !components.isEmpty(),
        components,
        flowsText(),
        product.flows().stream().map(this::flowRow).toList(),
        zones,
        patchRule.isPresent(),
        patchRule.map(this::patchPolicy).orElse(""),
        ingressPatch ? "ingress" : "egress",
        ingressPatch ? "from" : "to",
        patchRule.map(ReadmeBuilder::ports).orElse(List.of()),
        !variables.isEmpty(),
        variables,
        !onFeatures.isEmpty(),
        onFeatures,
        !unexpressible.isEmpty(),
        unexpressible,
        !product.notes().isEmpty(),
        product.notes());
  }

  private String egressText() {
    String stance = Literals.markdownText(rulePlan.egressStance());
    if (!Planner.egressComponent(rulePlan)) {
      return "Egress is not isolated, and no `" + Planner.EGRESS_DIR + "` is generated. " + stance;
    }
    return "Egress is not isolated in the base. " + stance + " To restrict it, add `" + Planner.EGRESS_DIR
        + "`: the pods may then resolve names through kube-dns (UDP and TCP 53 to pods labelled `"
        + DnsRule.DNS_LABEL + ": " + DnsRule.DNS_VALUE + "` in namespace `" + DnsRule.NAMESPACE
        + "`) and connect where the planned egress rules say, nothing else. If your cluster resolves names"
        + " elsewhere (NodeLocal DNSCache, a DNS server outside the cluster), patch the DNS rule.";
  }

  /** The paragraph above the flow table: where the two ends of a flow between components are. */
  private String flowsText() {
    String ingress = "A flow between two components is allowed on both ends, because Kubernetes lets a connection"
        + " pass only when both pods' policies allow it: as ingress on the component that listens (in the base"
        + " or a feature component)";
    return Planner.egressComponent(rulePlan)
        ? ingress + " and, once `" + Planner.EGRESS_DIR + "` restricts egress, as egress on the component that"
            + " connects."
        : ingress + "; egress stays open, so the component that connects needs no rule.";
  }

  private ReadmeView.FlowRow flowRow(Flow flow) {
    String direction = flow.isSelfPeer() ? "between its pods" : flow.direction().name().toLowerCase(Locale.ROOT);
    String peer = (flow.peer().isComponent() ? "component " : "zone ") + flow.peer().id();
    String ports = flow.isIcmp() ? FlowText.icmpText(flow.icmp()) : portsText(flow);
    return new ReadmeView.FlowRow(flow.id(), flow.component(), direction, peer, ports, where(flow));
  }

  /** Where the ingress and the egress side of a flow are allowed. */
  private String where(Flow flow) {
    if (flow.isIcmp()) {
      return "not expressible: a comment only";
    }
    if (flow.peer().isZone() && rulePlan.zonesWithoutDefaults().stream().anyMatch(z -> z.id().equals(flow.peer().id()))) {
      return "no rule: the zone has no defaults";
    }
    boolean featureOn = flow.feature() == null
        || product.feature(flow.feature()).map(Feature::enabledByDefault).orElse(false);
    List<String> parts = new ArrayList<>();
    if (flow.isInbound() || flow.peer().isComponent()) {
      parts.add("ingress: " + (flow.feature() == null ? "base"
          : featureOn ? "base (feature `" + flow.feature() + "`, on by default)"
          : "`" + Planner.featureDir(flow.feature()) + "`"));
    }
    if (flow.isOutbound() || flow.peer().isComponent()) {
      parts.add("egress: " + (!Planner.egressComponent(rulePlan) ? "open"
          : featureOn ? "`" + Planner.EGRESS_DIR + "`" : "`" + Planner.egressFeatureDir(flow.feature()) + "`"));
    }
    return String.join("; ", parts);
  }

  private static String portsText(Flow flow) {
    List<String> parts = new ArrayList<>();
    for (Transport transport : flow.transports()) {
      parts.add(transport.name() + " " + flow.ports().stream().map(PortRange::toString).collect(Collectors.joining(", ")));
    }
    return String.join("; ", parts);
  }

  private static String zonePeers(Zone zone) {
    List<PolicyPeer> peers = ZonePeers.of(zone);
    if (peers.isEmpty()) {
      return zone.localSubnet()
          ? "none: the hosts' own subnet, which a NetworkPolicy cannot look up (give the node or pod CIDR), so no rule"
          : "none: no default CIDRs, so no rule";
    }
    if (!zone.namespaceSelector().isEmpty()) {
      return "pods of namespaces labelled " + zone.namespaceSelector().stream().map(s -> "`" + s + "`")
          .collect(Collectors.joining(" and "));
    }
    return peers.stream().map(p -> "`" + p.cidr() + "`").collect(Collectors.joining(", "));
  }

  private String policiesOf(Feature feature) {
    return plan.bundles().stream()
        .filter(b -> b.isBase() || b.dir().equals(Planner.EGRESS_DIR))
        .flatMap(b -> b.policies().stream())
        .map(Policy::name)
        .filter(name -> product.components().stream().anyMatch(c -> name.equals(naming.policyName(c.id(), feature.id()))
            || name.equals(naming.egressPolicyName(c.id(), feature.id()))))
        .map(name -> "`" + name + "`")
        .collect(Collectors.joining(", "));
  }

  /**
   * The rule the patch example shows: the first planned rule to a zone without addresses,
   * ingress before egress (an egress rule only matters with {@code components/egress}).
   */
  private Optional<PlannedRule> patchRule() {
    List<String> empty = rulePlan.zonesWithoutDefaults().stream().map(Zone::id).toList();
    return rulePlan.rules().stream()
        .filter(r -> !r.protocol().isIcmp() && r.peer().isZone() && empty.contains(r.peer().id()))
        .filter(r -> r.isIngress() || Planner.egressComponent(rulePlan))
        .min(Comparator.comparing(PlannedRule::isEgress));
  }

  private String patchPolicy(PlannedRule rule) {
    List<String> parts = new ArrayList<>();
    parts.add(rule.component());
    if (rule.feature() != null) {
      parts.add(rule.feature());
    }
    String[] ids = parts.toArray(String[]::new);
    return rule.isEgress() ? naming.egressPolicyName(ids) : naming.policyName(ids);
  }

  private static List<PolicyView.Port> ports(PlannedRule rule) {
    List<PolicyView.Port> ports = new ArrayList<>();
    for (PortRange range : rule.ports().defaultRanges()) {
      ports.add(new PolicyView.Port(rule.protocol().transport().name(), range.from(), !range.isSingle(), range.to()));
    }
    return ports;
  }
}
