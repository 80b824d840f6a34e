package dev.portcullis.format.terraform;

/**
 * The names of a component's module variables: the existing security group that takes its rules
 * instead of a group the module creates, and the CIDRs of its instances outside the VPC (for the
 * rules of the components that have it as a peer).
 */
final class ComponentVariables {
  private ComponentVariables() {}

  static String existingGroup(String component) {
    return component + "_existing_security_group_id";
  }

  static String externalIpv4(String component) {
    return component + "_external_ipv4_cidrs";
  }

  static String externalIpv6(String component) {
    return component + "_external_ipv6_cidrs";
  }
}
