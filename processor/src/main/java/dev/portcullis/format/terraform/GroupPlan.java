package dev.portcullis.format.terraform;

/**
 * One {@code aws_security_group} of the module with its defaults: a component's group, or one of
 * the extra parts its rules are split into when one group cannot hold them within the quota. The
 * module sizes the split again at plan time from the values the user gives ({@link QuotaFitter}).
 *
 * @param name the group's key: the component id, then {@code <component>_part2}...
 * @param part 1-based; instances of the component join every part
 * @param counts the AWS rules of this part with the defaults
 */
record GroupPlan(String name, String component, int part, int parts, RuleCounts counts) {
  static String partName(String component, int part) {
    return part == 1 ? component : component + "_part" + part;
  }
}
