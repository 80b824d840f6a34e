package dev.portcullis.format.terraform;

import dev.portcullis.model.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps every group within AWS's default quota (60 inbound and 60 outbound rules per group, IPv4
 * and IPv6 counted apart) with the module's defaults. The plan has already merged every port
 * span that can be; a component still over the quota has its rules split over
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
    List<List<RuleUnit>> parts = split(units);
    List<GroupPlan> groups = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      List<RuleUnit> part = parts.get(i);
      // an extra part named as a component is refused by TerraformTarget.check
      String name = GroupPlan.partName(component, i + 1);
      groups.add(new GroupPlan(name, component, i + 1, parts.size(), part,
          RuleCounts.sum(part, product)));
    }
    return groups;
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
