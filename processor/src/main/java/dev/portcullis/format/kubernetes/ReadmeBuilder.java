package dev.portcullis.format.kubernetes;

import dev.portcullis.diagnostics.Message;
import dev.portcullis.model.Feature;
import dev.portcullis.model.Flow;
import dev.portcullis.model.PortRange;
import dev.portcullis.model.Product;
import dev.portcullis.model.Transport;
import dev.portcullis.model.Zone;
import dev.portcullis.render.Literals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds the scope of the product's {@code README.md} from the model and the plan. */
final class ReadmeBuilder {
  private final Product product;
  private final Plan plan;
  private final Naming naming;

  ReadmeBuilder(Product product, Plan plan, Naming naming) {
    this.product = product;
    this.plan = plan;
    this.naming = naming;
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
    Optional<Flow> emptyZoneFlow = product.flows().stream()
        .filter(f -> !f.isIcmp() && f.peer().isZone() && plan.emptyZonesUsed().contains(f.peer().id()))
        .findFirst();
    List<ReadmeView.VariableRow> variables = product.variables().stream()
        .map(v -> new ReadmeView.VariableRow(v.name(), v.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
            String.valueOf(v.defaultValue()).toLowerCase(Locale.ROOT), v.flowId()))
        .toList();
    List<ReadmeView.FeatureRow> onFeatures = product.features().stream().filter(Feature::enabledByDefault)
        .map(f -> new ReadmeView.FeatureRow(f.id(), policiesOf(f)))
        .filter(row -> !row.policies().isEmpty())
        .toList();
    List<ReadmeView.Unexpressible> unexpressible = new ArrayList<>();
    for (Flow flow : product.flows()) {
      if (flow.isIcmp()) {
        unexpressible.add(new ReadmeView.Unexpressible("flow " + flow.key() + " (" + flow.service() + "): "
            + FlowText.icmpText(flow.icmp()) + ", " + FlowText.direction(flow), Message.K8S_ICMP_UNSUPPORTED.suppressionKey()));
      }
    }
    PrerequisiteText.lines(product).forEach(line ->
        unexpressible.add(new ReadmeView.Unexpressible(line, Message.K8S_PREREQUISITE.suppressionKey())));
    List<PolicyView.Port> patchPorts = emptyZoneFlow.map(ReadmeBuilder::ports).orElse(List.of());
    boolean ingressPatch = emptyZoneFlow.map(Flow::isInbound).orElse(true);
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
        product.flows().stream().map(this::flowRow).toList(),
        zones,
        emptyZoneFlow.isPresent(),
        emptyZoneFlow.map(f -> patchPolicy(f, ingressPatch)).orElse(""),
        ingressPatch ? "ingress" : "egress",
        ingressPatch ? "from" : "to",
        patchPorts,
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
    return switch (plan.egress()) {
      case OPEN -> "Egress is not isolated: the definition declares no outbound flow, so the pods may"
          + " connect anywhere; only ingress is restricted.";
      case BASE -> "Egress is isolated in the base: the pods may resolve names through kube-dns (UDP and"
          + " TCP 53 to pods labelled `" + DnsRule.DNS_LABEL + ": " + DnsRule.DNS_VALUE + "` in namespace `"
          + DnsRule.NAMESPACE + "`) and connect where the flows say, nothing else. If your cluster resolves"
          + " names elsewhere (NodeLocal DNSCache, a DNS server outside the cluster), patch the DNS rule.";
      case OPTIONAL -> "Egress stays open by default because the definition says outgoing traffic must stay allowed"
          + Literals.markdownText(Planner.reasonSuffix(product.prerequisites().outgoingReason())) + ". Add `" + Planner.EGRESS_DIR
          + "` to isolate it anyway (DNS to kube-dns and the declared flows only).";
    };
  }

  private ReadmeView.FlowRow flowRow(Flow flow) {
    String direction = flow.isSelfPeer() ? "between its pods" : flow.direction().name().toLowerCase(Locale.ROOT);
    String peer = (flow.peer().isComponent() ? "component " : "zone ") + flow.peer().id();
    String ports = flow.isIcmp() ? FlowText.icmpText(flow.icmp()) : portsText(flow);
    return new ReadmeView.FlowRow(flow.id(), flow.component(), direction, peer, ports, where(flow));
  }

  private String where(Flow flow) {
    if (flow.isIcmp()) {
      return "not expressible: a comment only";
    }
    if (flow.peer().isZone() && plan.emptyZonesUsed().contains(flow.peer().id())) {
      return "no rule: the zone has no defaults";
    }
    if (flow.feature() == null) {
      return "base";
    }
    boolean on = product.feature(flow.feature()).map(Feature::enabledByDefault).orElse(false);
    return on ? "base (feature `" + flow.feature() + "`, on by default)" : "`" + Planner.featureDir(flow.feature()) + "`";
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
    return plan.bundles().stream().flatMap(b -> b.policies().stream())
        .map(Policy::name)
        .filter(name -> name.endsWith("-" + Naming.dashed(feature.id()))
            || name.endsWith("-" + Naming.dashed(feature.id()) + "-egress"))
        .filter(name -> product.components().stream().anyMatch(c -> name.equals(naming.policyName(c.id(), feature.id()))
            || name.equals(naming.policyName(c.id(), feature.id(), "egress"))))
        .map(name -> "`" + name + "`")
        .collect(Collectors.joining(", "));
  }

  private String patchPolicy(Flow flow, boolean ingress) {
    boolean separateEgress = !ingress && plan.egress() == EgressMode.OPTIONAL;
    List<String> parts = new ArrayList<>();
    parts.add(flow.component());
    if (flow.feature() != null) {
      parts.add(flow.feature());
    }
    if (separateEgress) {
      parts.add("egress");
    }
    return naming.policyName(parts.toArray(String[]::new));
  }

  private static List<PolicyView.Port> ports(Flow flow) {
    List<PolicyView.Port> ports = new ArrayList<>();
    for (Transport transport : flow.transports()) {
      for (PortRange range : flow.ports()) {
        ports.add(new PolicyView.Port(transport.name(), range.from(), !range.isSingle(), range.to()));
      }
    }
    return ports;
  }
}
