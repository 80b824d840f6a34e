package dev.portcullis.format.terraform;

import dev.portcullis.model.Zone;
import java.util.List;

/**
 * The names of a zone's four module variables, and their defaults as Terraform writes them (the
 * model holds canonical CIDRs: network address, IPv6 in RFC 5952 form, as Terraform prints them).
 */
final class ZoneVariables {
  private ZoneVariables() {}

  static String ipv4(String zone) {
    return zone + "_ipv4_cidrs";
  }

  static String ipv6(String zone) {
    return zone + "_ipv6_cidrs";
  }

  static String prefixLists(String zone) {
    return zone + "_prefix_list_ids";
  }

  static String securityGroups(String zone) {
    return zone + "_security_group_ids";
  }

  static List<String> defaultIpv4(Zone zone) {
    return zone.ipv4();
  }

  static List<String> defaultIpv6(Zone zone) {
    return zone.ipv6();
  }
}
