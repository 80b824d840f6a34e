package dev.portcullis.format.terraform;

import dev.portcullis.model.Feature;
import dev.portcullis.model.Icmp;
import dev.portcullis.model.Product;
import dev.portcullis.plan.PlannedRule;
import dev.portcullis.plan.PortSpan;
import dev.portcullis.plan.PortSpec;
import dev.portcullis.plan.RulePlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Formats a product's {@link RulePlan} as the rules of its security groups. The plan has already
 * derived both ends of every flow and merged the ports; here each planned rule becomes the
 * module's rule units: a component peer is a reference to that component's group and one rule
 * per CIDR of its instances outside the VPC; a zone is one rule per IPv4 CIDR, IPv6 CIDR, prefix
 * list and security group id of the zone's variables; fixed ports are one rule
 * per span ({@code from_port}/{@code to_port}); a configurable port or an instance count is a
 * variable; ICMP is {@code icmp} (and {@code icmpv6} where the type has a counterpart); SCTP is
 * protocol 132 on every port, the one thing AWS cannot narrow (a declared limit).
 */
final class RulePlanner {
  /** The variable that keeps every outgoing connection allowed. */
  static final String ALLOW_ALL_EGRESS = "allow_all_egress";

  private static final String SCTP = "132";

  private final RulePlan plan;
  private final Product product;
  private final RuleDescriptions descriptions;
  private final Map<List<String>, String> descriptionsOf = new HashMap<>();

  RulePlanner(RulePlan plan) {
    this.plan = plan;
    this.product = plan.product();
    this.descriptions = new RuleDescriptions(product);
  }

  /** The rules of each component, in component order, each list sorted by key. */
  Map<String, List<RuleUnit>> plan() {
    Map<String, Map<Object, RuleUnit>> byComponent = new LinkedHashMap<>();
    product.components().forEach(c -> byComponent.put(c.id(), new LinkedHashMap<>()));
    for (PlannedRule rule : plan.rules()) {
      for (RuleUnit unit : units(rule)) {
        // planned rules AWS writes the same way meet here: SCTP (no ports), ICMP types sharing an ICMPv6 match
        byComponent.get(unit.component()).merge(unit.content(), unit, this::sameRule);
      }
    }
    Map<String, List<RuleUnit>> result = new LinkedHashMap<>();
    byComponent.forEach((component, units) -> {
      List<RuleUnit> list = new ArrayList<>(units.values());
      list.add(allowAllEgress(component, RulePeer.Kind.ANYWHERE_IPV4, "0.0.0.0/0"));
      list.add(allowAllEgress(component, RulePeer.Kind.ANYWHERE_IPV6, "::/0"));
      Map<RuleUnit, String> keys = new IdentityHashMap<>(); // each key built once, not once per comparison
      list.forEach(unit -> keys.put(unit, unit.keyTemplate()));
      list.sort(Comparator.comparing(keys::get));
      result.put(component, List.copyOf(list));
    });
    return result;
  }

  /** The module's rules for one planned rule: per peer kind, transport match and port span. */
  List<RuleUnit> units(PlannedRule rule) {
    RuleDirection direction = rule.isIngress() ? RuleDirection.INGRESS : RuleDirection.EGRESS;
    String gate = rule.feature() == null ? null : FeatureGate.variable(rule.feature());
    boolean gateDefault = rule.feature() == null
        || product.feature(rule.feature()).map(Feature::enabledByDefault).orElse(false);
    String id = rule.peer().id();
    List<RulePeer> peers = rule.peer().isZone()
        ? List.of(new RulePeer(RulePeer.Kind.ZONE_IPV4, id), new RulePeer(RulePeer.Kind.ZONE_IPV6, id),
            new RulePeer(RulePeer.Kind.ZONE_PREFIX_LIST, id), new RulePeer(RulePeer.Kind.ZONE_GROUP, id))
        : List.of(RulePeer.group(id), new RulePeer(RulePeer.Kind.EXTERNAL_IPV4, id),
            new RulePeer(RulePeer.Kind.EXTERNAL_IPV6, id));
    List<RuleUnit> units = new ArrayList<>();
    for (RulePeer peer : peers) {
      for (Match match : matches(rule, peer)) {
        units.add(new RuleUnit(rule.component(), direction, match.flows(), describe(match.flows()),
            match.protocol(), match.ports(), peer, gate, gateDefault));
      }
    }
    return units;
  }

  /** The description of the rules serving {@code flows}, the same for each of their peers. */
  private String describe(List<String> flows) {
    return descriptionsOf.computeIfAbsent(flows, descriptions::of);
  }

  private record Match(RuleProtocol protocol, RulePorts ports, List<String> flows) {}

  private static List<Match> matches(PlannedRule rule, RulePeer peer) {
    List<Match> matches = new ArrayList<>();
    switch (rule.protocol().transport()) {
      case TCP, UDP -> {
        String transport = rule.protocol().transport().lower();
        RuleProtocol protocol = rule.protocol().isVariable()
            ? RuleProtocol.variable(rule.protocol().variable(), transport)
            : RuleProtocol.fixed(transport);
        PortSpec ports = rule.ports();
        if (ports instanceof PortSpec.Fixed fixed) {
          for (PortSpan span : fixed.spans()) {
            matches.add(new Match(protocol, RulePorts.range(span.range().from(), span.range().to()), span.flows()));
          }
        } else if (ports instanceof PortSpec.Configurable c) {
          matches.add(new Match(protocol, RulePorts.variable(c.variable(), c.defaultPort()), rule.flows()));
        } else if (ports instanceof PortSpec.Numbered n) {
          matches.add(new Match(protocol, RulePorts.instances(n.base(), n.defaultCount(), n.variable()), rule.flows()));
        } else {
          throw new IllegalStateException("a " + transport + " rule without ports: " + rule);
        }
      }
      case ICMP -> {
        Icmp icmp = rule.icmp();
        // an IPv4 ICMP rule for IPv4 peers (a group reference matches both families)
        if (!peer.isIpv6Only()) {
          matches.add(new Match(RuleProtocol.fixed("icmp"), RulePorts.icmp(icmp.type(), icmp.code()), rule.flows()));
        }
        if ((peer.isIpv6Only() || peer.isGroupReference()) && icmp.hasV6()) {
          matches.add(new Match(RuleProtocol.fixed("icmpv6"), RulePorts.icmp(icmp.v6Type(), icmp.v6Code()),
              rule.flows()));
        }
      }
      case SCTP -> matches.add(new Match(RuleProtocol.fixed(SCTP), RulePorts.NONE, rule.flows()));
    }
    return matches;
  }

  private static RuleUnit allowAllEgress(String component, RulePeer.Kind kind, String cidr) {
    return new RuleUnit(component, RuleDirection.EGRESS, List.of(ALLOW_ALL_EGRESS),
        "All outgoing traffic (allow_all_egress)", RuleProtocol.ALL, RulePorts.NONE, new RulePeer(kind, cidr),
        ALLOW_ALL_EGRESS, true);
  }

  /** Two planned rules that AWS can only write as one permission: one rule serving both. */
  private RuleUnit sameRule(RuleUnit a, RuleUnit b) {
    TreeSet<String> ids = new TreeSet<>(a.flowIds());
    ids.addAll(b.flowIds());
    List<String> flowIds = List.copyOf(ids);
    return a.withFlows(flowIds, descriptions.of(flowIds), a.ports());
  }
}
