package dev.portcullis.target.terraform;

import dev.portcullis.model.Product;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Keeps every group within AWS's default quota (60 inbound and 60 outbound rules per group, IPv4
 * and IPv6 counted apart) with the module's defaults. A component over the quota first has its
 * rules compacted: rules that differ only in adjacent or overlapping fixed port ranges merge into
 * one range (exactly the same ports, fewer rules). If it is still over, its rules are split over
 * several groups, filled first-fit in key order; the component's instances join them all.
 */
final class QuotaFitter {
  /** AWS's default rules per group, direction and address family. */
  static final int AWS_DEFAULT_QUOTA = 60;

  private final Product product;
  private final int limit;

  QuotaFitter(Product product, int limit) {
    this.product = product;
    this.limit = limit;
  }

  /** The groups of every component, in component order. */
  List<GroupPlan> fit(Map<String, List<RuleUnit>> rulesByComponent) {
    List<GroupPlan> groups = new ArrayList<>();
    rulesByComponent.forEach((component, units) -> groups.addAll(fit(component, units)));
    return groups;
  }

  private List<GroupPlan> fit(String component, List<RuleUnit> units) {
    List<RuleUnit> rules = units;
    RuleCounts counts = RuleCounts.sum(rules, product);
    if (!counts.ingressWithin(limit)) {
      rules = compact(rules, RuleDirection.INGRESS);
    }
    if (!counts.egressWithin(limit)) {
      rules = compact(rules, RuleDirection.EGRESS);
    }
    List<List<RuleUnit>> parts = split(rules);
    List<GroupPlan> groups = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      List<RuleUnit> part = parts.get(i);
      String name = GroupPlan.partName(component, i + 1);
      if (i > 0 && product.components().stream().anyMatch(c -> c.id().equals(name))) {
        throw new IllegalStateException("the extra security group " + name + " has the name of a component");
      }
      groups.add(new GroupPlan(name, component, i + 1, parts.size(), part,
          RuleCounts.sum(part, product)));
    }
    return groups;
  }

  /** Merges the rules of one direction that allow adjacent port ranges to the same peer. */
  List<RuleUnit> compact(List<RuleUnit> rules, RuleDirection direction) {
    Map<Object, List<RuleUnit>> mergeable = new LinkedHashMap<>();
    List<RuleUnit> result = new ArrayList<>();
    for (RuleUnit rule : rules) {
      if (rule.direction() == direction && rule.isCompactable()) {
        Object sameButPorts = List.of(rule.protocol(), rule.peer(), String.valueOf(rule.gate()), rule.gateDefault());
        mergeable.computeIfAbsent(sameButPorts, k -> new ArrayList<>()).add(rule);
      } else {
        result.add(rule);
      }
    }
    for (List<RuleUnit> same : mergeable.values()) {
      same.sort(Comparator.comparingInt((RuleUnit r) -> r.ports().from()).thenComparingInt(r -> r.ports().to()));
      RuleUnit current = null;
      for (RuleUnit next : same) {
        if (current != null && next.ports().from() <= current.ports().to() + 1) {
          current = merge(current, next);
        } else {
          if (current != null) {
            result.add(current);
          }
          current = next;
        }
      }
      result.add(current);
    }
    result.sort(Comparator.comparing(RuleUnit::keyTemplate));
    return result;
  }

  private static RuleUnit merge(RuleUnit a, RuleUnit b) {
    TreeSet<String> ids = new TreeSet<>(a.flowIds());
    ids.addAll(b.flowIds());
    RulePorts ports = RulePorts.range(a.ports().from(), Math.max(a.ports().to(), b.ports().to()));
    return a.withFlows(List.copyOf(ids), RulePlanner.joinDescriptions(a.description(), b.description()), ports);
  }

  /** First-fit: each rule goes to the first part that stays within the quota with it. */
  private List<List<RuleUnit>> split(List<RuleUnit> rules) {
    List<List<RuleUnit>> parts = new ArrayList<>();
    List<RuleCounts> totals = new ArrayList<>();
    for (RuleUnit rule : rules) {
      RuleCounts counts = RuleCounts.of(rule, product);
      int chosen = -1;
      for (int i = 0; i < parts.size() && chosen < 0; i++) {
        if (totals.get(i).plus(counts).within(limit)) {
          chosen = i;
        }
      }
      if (chosen < 0) {
        parts.add(new ArrayList<>());
        totals.add(RuleCounts.ZERO);
        chosen = parts.size() - 1;
      }
      parts.get(chosen).add(rule);
      totals.set(chosen, totals.get(chosen).plus(counts));
    }
    if (parts.isEmpty()) {
      parts.add(new ArrayList<>());
    }
    return parts;
  }
}
