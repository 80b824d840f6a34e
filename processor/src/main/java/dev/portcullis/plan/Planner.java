package dev.portcullis.plan;

import dev.portcullis.model.Component;
import dev.portcullis.model.Feature;
import dev.portcullis.model.Flow;
import dev.portcullis.model.Product;
import dev.portcullis.model.Transport;
import dev.portcullis.model.Zone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns a product's flows into its {@link RulePlan}. Each flow becomes a rule on its own
 * component (ingress when the peer connects, egress when the component connects; both for a
 * bidirectional flow) and, when the peer is a component, the mirror rule on the peer's side (the
 * dialer's egress, the listener's ingress), so every firewall on the path lets the connection
 * through. Rules that differ only in their fixed ports merge ({@link PortMerge}); identical rules
 * (a flow declared from both ends, two flows sharing a variable) are kept once, naming every flow.
 */
final class Planner {
  private final Product product;

  Planner(Product product) {
    this.product = product;
  }

  RulePlan plan() {
    List<PlannedRule> raw = new ArrayList<>();
    for (Flow flow : product.flows()) {
      raw.addAll(rulesOf(flow));
    }
    List<PlannedRule> rules = merge(raw);
    Set<String> zoneIds = rules.stream().filter(r -> r.peer().isZone()).map(r -> r.peer().id())
        .collect(Collectors.toSet());
    Set<String> peerIds = rules.stream().filter(r -> r.peer().isComponent()).map(r -> r.peer().id())
        .collect(Collectors.toSet());
    Set<String> featureIds = rules.stream().map(PlannedRule::feature).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    List<Zone> zones = product.zones().stream().filter(z -> zoneIds.contains(z.id())).toList();
    List<Component> peers = product.components().stream().filter(c -> peerIds.contains(c.id())).toList();
    List<Feature> features = product.features().stream().filter(f -> featureIds.contains(f.id())).toList();
    return new RulePlan(product, rules, zones, peers, features);
  }

  /** Both ends of one flow, one rule per transport. */
  List<PlannedRule> rulesOf(Flow flow) {
    List<PlannedRule> rules = new ArrayList<>();
    RulePeer peer = flow.peer().isZone() ? RulePeer.zone(flow.peer().id()) : RulePeer.component(flow.peer().id());
    RulePeer self = RulePeer.component(flow.component());
    List<RuleDirection> directions = new ArrayList<>();
    if (flow.isInbound()) {
      directions.add(RuleDirection.INGRESS);
    }
    if (flow.isOutbound()) {
      directions.add(RuleDirection.EGRESS);
    }
    for (RuleDirection direction : directions) {
      for (Transport transport : flow.transports()) {
        rules.add(rule(flow, flow.component(), direction, peer, transport));
        if (peer.isComponent()) {
          rules.add(rule(flow, peer.id(), direction.mirror(), self, transport));
        }
      }
    }
    return rules;
  }

  private static PlannedRule rule(Flow flow, String component, RuleDirection direction, RulePeer peer,
      Transport transport) {
    RuleProtocol protocol = new RuleProtocol(transport, flow.protocolVariable());
    return new PlannedRule(component, direction, peer, protocol, ports(flow, transport),
        transport == Transport.ICMP ? flow.icmp() : null, flow.feature(), List.of(flow.id()));
  }

  private static PortSpec ports(Flow flow, Transport transport) {
    if (transport == Transport.ICMP) {
      return new PortSpec.None();
    }
    if (flow.portVariable() != null) {
      return new PortSpec.Configurable(flow.portVariable(), flow.ports().get(0).from());
    }
    if (flow.instances() != null) {
      var i = flow.instances();
      return new PortSpec.Numbered(i.base(), i.defaultCount(), i.maxCount(), i.variable());
    }
    return new PortSpec.Fixed(flow.ports().stream().map(r -> new PortSpan(r, List.of(flow.id()))).toList());
  }

  /**
   * Rules that allow the same thing but for fixed ports become one rule with merged spans;
   * rules equal but for their flows become one rule naming every flow.
   */
  private static List<PlannedRule> merge(List<PlannedRule> raw) {
    Map<List<Object>, List<PlannedRule>> groups = new LinkedHashMap<>();
    for (PlannedRule rule : raw) {
      Object portsKey = rule.ports() instanceof PortSpec.Fixed ? "fixed" : rule.ports();
      List<Object> key = List.of(rule.component(), rule.direction(), rule.peer(), rule.protocol(),
          String.valueOf(rule.icmp()), String.valueOf(rule.feature()), portsKey);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(rule);
    }
    List<PlannedRule> merged = new ArrayList<>();
    for (List<PlannedRule> group : groups.values()) {
      PlannedRule first = group.get(0);
      TreeSet<String> flows = new TreeSet<>();
      group.forEach(r -> flows.addAll(r.flows()));
      PortSpec ports = first.ports();
      if (ports instanceof PortSpec.Fixed) {
        List<PortSpan> spans = new ArrayList<>();
        group.forEach(r -> spans.addAll(((PortSpec.Fixed) r.ports()).spans()));
        ports = new PortSpec.Fixed(PortMerge.merge(spans));
      }
      merged.add(new PlannedRule(first.component(), first.direction(), first.peer(), first.protocol(), ports,
          first.icmp(), first.feature(), List.copyOf(flows)));
    }
    merged.sort(PlannedRule.ORDER);
    return List.copyOf(merged);
  }
}
