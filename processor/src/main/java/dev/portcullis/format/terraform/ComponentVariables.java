package dev.portcullis.format.terraform;

/**
 * The names of a component's module variables: the CIDRs of its instances outside the VPC (for
 * the rules of the components that have it as a peer). Existing groups are one map,
 * {@code existing_security_group_ids}, whose keys are known at plan time.
 */
final class ComponentVariables {
  private ComponentVariables() {}

  static String externalIpv4(String component) {
    return component + "_external_ipv4_cidrs";
  }

  static String externalIpv6(String component) {
    return component + "_external_ipv6_cidrs";
  }
}
