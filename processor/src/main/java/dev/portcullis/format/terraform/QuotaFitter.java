package dev.portcullis.format.terraform;

import dev.portcullis.model.Product;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The split of each component's rules over groups, as {@code main.tf} computes it at plan time,
 * here for the module's defaults (the README's tables, the {@code moved} blocks of parts). AWS
 * counts at most {@link #AWS_DEFAULT_QUOTA} rules per group, direction and address family; a rule
 * that references a group or a prefix list counts in both families. Per component and direction,
 * the rules counting in both come first, then each family's own, each sorted by key; a rule's
 * place in its family's order, divided by the quota, is its part. So every part holds at most the
 * quota per family, and the component needs no more groups than its busiest family requires.
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

  /** One AWS rule at the defaults: its key, direction and the families it counts in. */
  private record AwsRule(String key, RuleDirection direction, boolean ipv4, boolean ipv6) {
    boolean both() {
      return ipv4 && ipv6;
    }
  }

  /** The groups of every component at the defaults, in component order. */
  List<GroupPlan> fit(Map<String, List<RuleUnit>> rulesByComponent) {
    List<GroupPlan> groups = new ArrayList<>();
    rulesByComponent.forEach((component, units) -> groups.addAll(fit(component, units)));
    return groups;
  }

  private List<GroupPlan> fit(String component, List<RuleUnit> units) {
    List<AwsRule> rules = new ArrayList<>();
    for (RuleUnit unit : units) {
      if (!unit.gateDefault()) {
        continue;
      }
      RuleCounts c = RuleCounts.of(unit, product);
      int ipv4 = c.ingressIpv4() + c.egressIpv4();
      int ipv6 = c.ingressIpv6() + c.egressIpv6();
      for (String key : DefaultKeys.of(unit, product)) {
        rules.add(new AwsRule(key, unit.direction(), ipv4 > 0, ipv6 > 0));
      }
    }
    List<int[]> parts = new ArrayList<>(); // ingress v4, ingress v6, egress v4, egress v6 per part
    for (RuleDirection direction : RuleDirection.values()) {
      List<AwsRule> of = rules.stream().filter(r -> r.direction() == direction)
          .sorted(Comparator.comparing(AwsRule::key)).toList();
      List<AwsRule> both = of.stream().filter(AwsRule::both).toList();
      List<AwsRule> v4 = of.stream().filter(r -> r.ipv4() && !r.both()).toList();
      List<AwsRule> v6 = of.stream().filter(r -> r.ipv6() && !r.both()).toList();
      int offset = direction == RuleDirection.INGRESS ? 0 : 2;
      for (int i = 0; i < both.size(); i++) {
        count(parts, i / limit, offset, true, true);
      }
      for (int i = 0; i < v4.size(); i++) {
        count(parts, (both.size() + i) / limit, offset, true, false);
      }
      for (int i = 0; i < v6.size(); i++) {
        count(parts, (both.size() + i) / limit, offset, false, true);
      }
    }
    if (parts.isEmpty()) {
      parts.add(new int[4]);
    }
    List<GroupPlan> groups = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      int[] c = parts.get(i);
      groups.add(new GroupPlan(GroupPlan.partName(component, i + 1), component, i + 1, parts.size(),
          new RuleCounts(c[0], c[1], c[2], c[3])));
    }
    return groups;
  }

  private static void count(List<int[]> parts, int part, int offset, boolean ipv4, boolean ipv6) {
    while (parts.size() <= part) {
      parts.add(new int[4]);
    }
    if (ipv4) {
      parts.get(part)[offset]++;
    }
    if (ipv6) {
      parts.get(part)[offset + 1]++;
    }
  }
}
