package dev.portcullis.format.terraform;

import dev.portcullis.model.Flow;
import dev.portcullis.model.Icmp;
import dev.portcullis.model.PortRange;
import dev.portcullis.model.Product;
import dev.portcullis.model.Transport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns a product's flows into the rules of its security groups. A security group is stateful
 * but checks a connection at both ends, so a flow between two components becomes the listener's
 * ingress rule and the dialer's egress rule; a flow with a zone becomes the component's rule
 * for each of the zone's IPv4 CIDRs, IPv6 CIDRs and prefix lists. Rules that allow exactly the
 * same thing (a flow declared from both ends) are kept once, and rules that differ only in adjacent
 * or overlapping fixed ports are merged ({@link PortCompactor}), so each group holds the fewest rules.
 */
final class RulePlanner {
  /** The variable that keeps every outgoing connection allowed. */
  static final String ALLOW_ALL_EGRESS = "allow_all_egress";

  private final Product product;
  private final RuleDescriptions descriptions;

  RulePlanner(Product product) {
    this.product = product;
    this.descriptions = new RuleDescriptions(product);
  }

  /** The rules of each component, in component order, each list sorted by key. */
  Map<String, List<RuleUnit>> plan() {
    Map<String, Map<Object, RuleUnit>> byComponent = new LinkedHashMap<>();
    product.components().forEach(c -> byComponent.put(c.id(), new LinkedHashMap<>()));
    for (Flow flow : product.flows()) {
      for (RuleUnit unit : units(flow)) {
        byComponent.get(unit.component()).merge(unit.content(), unit, this::sameRule);
      }
    }
    boolean allowAll = product.prerequisites().requiresOutgoing();
    Map<String, List<RuleUnit>> result = new LinkedHashMap<>();
    PortCompactor compactor = new PortCompactor(descriptions);
    byComponent.forEach((component, units) -> {
      List<RuleUnit> list = new ArrayList<>(compactor.compact(List.copyOf(units.values())));
      list.add(allowAllEgress(component, RulePeer.Kind.ANYWHERE_IPV4, "0.0.0.0/0", allowAll));
      list.add(allowAllEgress(component, RulePeer.Kind.ANYWHERE_IPV6, "::/0", allowAll));
      list.sort(Comparator.comparing(RuleUnit::keyTemplate));
      result.put(component, List.copyOf(list));
    });
    return result;
  }

  /** Every rule one flow needs, on its own component and (for a component peer) on the peer's. */
  List<RuleUnit> units(Flow flow) {
    List<RuleUnit> units = new ArrayList<>();
    String own = flow.component();
    if (flow.isInbound()) {
      addSides(units, flow, own, RuleDirection.INGRESS);
    }
    if (flow.isOutbound()) {
      addSides(units, flow, own, RuleDirection.EGRESS);
    }
    return units;
  }

  /** The rule on {@code own}, and its mirror on the peer component when the peer is one. */
  private void addSides(List<RuleUnit> units, Flow flow, String own, RuleDirection direction) {
    if (flow.peer().isZone()) {
      String zone = flow.peer().id();
      for (RulePeer.Kind kind : List.of(RulePeer.Kind.ZONE_IPV4, RulePeer.Kind.ZONE_IPV6, RulePeer.Kind.ZONE_PREFIX_LIST)) {
        addMatches(units, flow, own, direction, new RulePeer(kind, zone));
      }
      return;
    }
    String other = flow.peer().id();
    addMatches(units, flow, own, direction, RulePeer.group(other));
    RuleDirection mirror = direction == RuleDirection.INGRESS ? RuleDirection.EGRESS : RuleDirection.INGRESS;
    addMatches(units, flow, other, mirror, RulePeer.group(own));
  }

  /** One unit per transport and port range of the flow, as the peer's address family allows. */
  private void addMatches(List<RuleUnit> units, Flow flow, String component, RuleDirection direction, RulePeer peer) {
    String gate = flow.feature() == null ? null : FeatureGate.variable(flow.feature());
    boolean gateDefault = flow.feature() == null
        || product.feature(flow.feature()).map(f -> f.enabledByDefault()).orElse(false);
    String description = RuleDescriptions.single(flow);
    for (Transport transport : flow.transports()) {
      for (Match match : matches(flow, transport, peer)) {
        units.add(new RuleUnit(component, direction, List.of(flow.id()), description, match.protocol(),
            match.ports(), peer, gate, gateDefault));
      }
    }
  }

  private record Match(RuleProtocol protocol, RulePorts ports) {}

  private static List<Match> matches(Flow flow, Transport transport, RulePeer peer) {
    List<Match> matches = new ArrayList<>();
    switch (transport) {
      case TCP, UDP -> {
        RuleProtocol protocol = flow.protocolVariable() != null
            ? RuleProtocol.variable(flow.protocolVariable(), transport.lower())
            : RuleProtocol.fixed(transport.lower());
        for (PortRange range : flow.ports()) {
          matches.add(new Match(protocol, ports(flow, range)));
        }
      }
      case ICMP -> {
        Icmp icmp = flow.icmp();
        // an IPv4 ICMP rule for IPv4 peers (a group reference matches both families)
        if (!peer.isIpv6Only()) {
          matches.add(new Match(RuleProtocol.fixed("icmp"), RulePorts.icmp(icmp.type(), icmp.code())));
        }
        if ((peer.isIpv6Only() || peer.isGroup()) && icmp.hasV6()) {
          matches.add(new Match(RuleProtocol.fixed("icmpv6"), RulePorts.icmp(icmp.v6Type(), icmp.v6Code())));
        }
      }
      case SCTP -> matches.add(new Match(RuleProtocol.fixed("132"), RulePorts.NONE));
    }
    return matches;
  }

  private static RulePorts ports(Flow flow, PortRange range) {
    if (flow.portVariable() != null) {
      return RulePorts.variable(flow.portVariable(), range.from());
    }
    if (flow.instances() != null) {
      return RulePorts.instances(flow.instances().base(), flow.instances().defaultCount(), flow.instances().variable());
    }
    return RulePorts.range(range.from(), range.to());
  }

  private static RuleUnit allowAllEgress(String component, RulePeer.Kind kind, String cidr, boolean byDefault) {
    return new RuleUnit(component, RuleDirection.EGRESS, List.of(ALLOW_ALL_EGRESS),
        "All outgoing traffic (allow_all_egress)", RuleProtocol.ALL, RulePorts.NONE, new RulePeer(kind, cidr),
        ALLOW_ALL_EGRESS, byDefault);
  }

  /** Two flows that need the same AWS rule: one rule serving both. */
  private RuleUnit sameRule(RuleUnit a, RuleUnit b) {
    TreeSet<String> ids = new TreeSet<>(a.flowIds());
    ids.addAll(b.flowIds());
    List<String> flowIds = List.copyOf(ids);
    return a.withFlows(flowIds, descriptions.of(flowIds), a.ports());
  }
}
