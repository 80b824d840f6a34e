package dev.portcullis.format.terraform;

/**
 * Who a rule opens to. A component is one reference to its security group, plus one rule per CIDR
 * of its instances outside the VPC ({@code EXTERNAL_*}, none by default); a zone is one rule per
 * CIDR (IPv4 and IPv6 apart), prefix list and security group id in the zone's variables;
 * {@code ANYWHERE_*} is the allow-all egress of {@code allow_all_egress}.
 */
record RulePeer(Kind kind, String id) implements Comparable<RulePeer> {
  enum Kind {
    GROUP,
    ZONE_IPV4,
    ZONE_IPV6,
    ZONE_PREFIX_LIST,
    ZONE_GROUP,
    EXTERNAL_IPV4,
    EXTERNAL_IPV6,
    ANYWHERE_IPV4,
    ANYWHERE_IPV6
  }

  static RulePeer group(String component) {
    return new RulePeer(Kind.GROUP, component);
  }

  boolean isGroup() {
    return kind == Kind.GROUP;
  }

  boolean isZone() {
    return kind == Kind.ZONE_IPV4 || kind == Kind.ZONE_IPV6 || kind == Kind.ZONE_PREFIX_LIST
        || kind == Kind.ZONE_GROUP;
  }

  /** Whether the peer is a component's instances outside the VPC (their CIDRs). */
  boolean isExternal() {
    return kind == Kind.EXTERNAL_IPV4 || kind == Kind.EXTERNAL_IPV6;
  }

  /** Whether Terraform expands the rule over a list variable (its key ends with the list item). */
  boolean isExpanded() {
    return isZone() || isExternal();
  }

  /** Whether the peer is a security group reference (a component's group or a zone's group id). */
  boolean isGroupReference() {
    return kind == Kind.GROUP || kind == Kind.ZONE_GROUP;
  }

  /** Whether the rule matches IPv6 traffic only (an IPv6 CIDR), so ICMP must be ICMPv6. */
  boolean isIpv6Only() {
    return kind == Kind.ZONE_IPV6 || kind == Kind.ANYWHERE_IPV6 || kind == Kind.EXTERNAL_IPV6;
  }

  /** Whether the rule matches IPv4 traffic only (an IPv4 CIDR or a prefix list, as ICMP is written). */
  boolean isIpv4Only() {
    return kind == Kind.ZONE_IPV4 || kind == Kind.ZONE_PREFIX_LIST || kind == Kind.ANYWHERE_IPV4
        || kind == Kind.EXTERNAL_IPV4;
  }

  /** The value of the rule's {@code portcullis:peer} tag. */
  String tag() {
    return switch (kind) {
      case GROUP, EXTERNAL_IPV4, EXTERNAL_IPV6 -> "component:" + id;
      case ZONE_IPV4, ZONE_IPV6, ZONE_PREFIX_LIST, ZONE_GROUP -> "zone:" + id;
      case ANYWHERE_IPV4, ANYWHERE_IPV6 -> "anywhere";
    };
  }

  @Override
  public int compareTo(RulePeer other) {
    int c = kind.compareTo(other.kind);
    return c != 0 ? c : id.compareTo(other.id);
  }
}
