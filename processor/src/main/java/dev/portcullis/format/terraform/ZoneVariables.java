package dev.portcullis.format.terraform;

import dev.portcullis.model.Zone;
import dev.portcullis.processor.validate.Cidrs;
import java.util.List;

/** The names of a zone's three module variables, and their defaults as Terraform writes them. */
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

  /** The zone's default IPv4 CIDRs in canonical form (as Terraform's cidrsubnet prints them). */
  static List<String> defaultIpv4(Zone zone) {
    return zone.ipv4().stream().map(c -> Cidrs.parseV4(c).cidr().map(Cidrs.Cidr::networkText).orElse(c)).toList();
  }

  /** The zone's default IPv6 CIDRs in canonical form (RFC 5952, as Terraform prints them). */
  static List<String> defaultIpv6(Zone zone) {
    return zone.ipv6().stream().map(c -> Cidrs.parseV6(c).cidr().map(Cidrs.Cidr::networkText).orElse(c)).toList();
  }
}
