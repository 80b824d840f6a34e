package dev.portcullis.format.terraform;

import java.util.List;

/**
 * One {@code aws_security_group} of the module: a component's group, or one of the extra parts
 * a component's rules are split into when one group cannot hold them within the quota.
 *
 * @param name the Terraform resource name: the component id, then {@code <component>_part2}...
 * @param part 1-based; instances of the component join every part
 * @param rules sorted by key
 * @param counts the AWS rules with the module's defaults
 */
record GroupPlan(String name, String component, int part, int parts, List<RuleUnit> rules, RuleCounts counts) {
  GroupPlan {
    rules = List.copyOf(rules);
  }

  static String partName(String component, int part) {
    return part == 1 ? component : component + "_part" + part;
  }

  List<RuleUnit> rules(RuleDirection direction) {
    return rules.stream().filter(r -> r.direction() == direction).toList();
  }
}
