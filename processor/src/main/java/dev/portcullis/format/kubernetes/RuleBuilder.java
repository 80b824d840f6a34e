package dev.portcullis.format.kubernetes;

import dev.portcullis.model.Flow;
import dev.portcullis.model.PortRange;
import dev.portcullis.model.Product;
import dev.portcullis.model.Zone;
import dev.portcullis.plan.PlannedRule;
import dev.portcullis.plan.RuleDirection;
import dev.portcullis.plan.RulePeer;
import dev.portcullis.plan.RulePlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the plan's rules of one component, direction and feature as NetworkPolicy rules: the
 * plan's rules to one peer become one rule whose {@code from}/{@code to} is that peer (the
 * component's pods, or the zone's {@code ipBlock}s or namespace selector) and whose
 * {@code ports} hold one entry per plan span ({@code port}/{@code endPort}), a configurable port
 * at its default, instance-numbered ports at their default count. ICMP rules and rules to a zone
 * without addresses are comments. Nothing is resolved or merged here: the plan did that.
 */
public final class RuleBuilder {
  private final RulePlan plan;
  private final Product product;
  private final Naming naming;

  public RuleBuilder(RulePlan plan, Naming naming) {
    this.plan = plan;
    this.product = plan.product();
    this.naming = naming;
  }

  /** The rules of {@code component} in {@code direction} gated by {@code feature} (null: always on), in plan order. */
  List<PolicyRule> rules(String component, RuleDirection direction, String feature) {
    Map<Object, List<PlannedRule>> groups = new LinkedHashMap<>();
    for (PlannedRule rule : plan.rulesOf(component, direction, feature)) {
      // ICMP rules stay one comment each; the others share one NetworkPolicy rule per peer
      Object key = rule.protocol().isIcmp() ? rule : rule.peer();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(rule);
    }
    List<PolicyRule> rules = new ArrayList<>();
    for (List<PlannedRule> group : groups.values()) {
      rules.add(group.get(0).protocol().isIcmp() ? icmp(group.get(0)) : rule(group));
    }
    return rules;
  }

  /** The plan's ICMP rules of {@code component} in {@code direction} and {@code feature}. */
  List<PlannedRule> icmpRules(String component, RuleDirection direction, String feature) {
    return plan.rulesOf(component, direction, feature).stream().filter(r -> r.protocol().isIcmp()).toList();
  }

  private PolicyRule rule(List<PlannedRule> group) {
    RulePeer peer = group.get(0).peer();
    List<String> comments = new ArrayList<>(describe(group));
    List<PolicyPeer> peers = peersOf(peer);
    Set<PolicyPort> ports = new LinkedHashSet<>();
    for (PlannedRule rule : group) {
      for (PortRange range : rule.ports().defaultRanges()) {
        ports.add(new PolicyPort(rule.protocol().transport(), range.from(), range.to()));
      }
    }
    if (peers.isEmpty()) {
      comments.add(FlowText.line("zone '" + peer.id() + "' has no default addresses: set them in "
          + ZonesComponent.ADDRESSES + " (one place for every policy); until then this ipBlock matches no address"));
      return PolicyRule.unsetZone(comments, peer.id(), List.copyOf(ports));
    }
    return new PolicyRule(comments, peers, List.copyOf(ports));
  }

  private PolicyRule icmp(PlannedRule rule) {
    List<String> comments = new ArrayList<>(describe(List.of(rule)));
    comments.add(FlowText.line("NOT ENFORCED: " + FlowText.icmpText(rule.icmp())
        + " cannot be written in a NetworkPolicy (pods isolated by these policies may drop it);"
        + " allow it in your CNI's own policy (Calico, Cilium) if you need it"));
    return PolicyRule.commentOnly(comments);
  }

  private List<PolicyPeer> peersOf(RulePeer peer) {
    if (peer.isComponent()) {
      return List.of(PolicyPeer.pods(naming.componentPods(peer.id())));
    }
    Zone zone = plan.zone(peer.id());
    return ZonePeers.of(zone);
  }

  /** The comment lines of the flows a group of rules carries, each flow once. */
  private List<String> describe(List<PlannedRule> group) {
    Set<String> lines = new LinkedHashSet<>();
    for (PlannedRule rule : group) {
      for (Flow flow : flowsOf(rule)) {
        lines.addAll(FlowText.describe(flow, product));
      }
    }
    return List.copyOf(lines);
  }

  /** The flows of the model a rule carries: declared on its component, or on its peer component (the other end). */
  public List<Flow> flowsOf(PlannedRule rule) {
    List<Flow> flows = new ArrayList<>();
    for (Flow flow : product.flows()) {
      if (!rule.flows().contains(flow.id())) {
        continue;
      }
      boolean ownEnd = flow.component().equals(rule.component())
          && flow.peer().isComponent() == rule.peer().isComponent() && flow.peer().id().equals(rule.peer().id());
      boolean otherEnd = rule.peer().isComponent() && flow.peer().isComponent()
          && flow.component().equals(rule.peer().id()) && flow.peer().id().equals(rule.component());
      if (ownEnd || otherEnd) {
        flows.add(flow);
      }
    }
    return flows;
  }
}
