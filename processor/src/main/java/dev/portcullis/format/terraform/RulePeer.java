package dev.portcullis.format.terraform;

/**
 * Who a rule opens to. A component is one security group reference; a zone is one rule per CIDR
 * (IPv4 and IPv6 apart) or prefix list in the zone's variables; {@code ANYWHERE_*} is the
 * allow-all egress of {@code allow_all_egress}.
 */
record RulePeer(Kind kind, String id) implements Comparable<RulePeer> {
  enum Kind {
    GROUP,
    ZONE_IPV4,
    ZONE_IPV6,
    ZONE_PREFIX_LIST,
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
    return kind == Kind.ZONE_IPV4 || kind == Kind.ZONE_IPV6 || kind == Kind.ZONE_PREFIX_LIST;
  }

  /** Whether the rule matches IPv6 traffic only (an IPv6 CIDR), so ICMP must be ICMPv6. */
  boolean isIpv6Only() {
    return kind == Kind.ZONE_IPV6 || kind == Kind.ANYWHERE_IPV6;
  }

  /** The value of the rule's {@code portcullis:peer} tag. */
  String tag() {
    return switch (kind) {
      case GROUP -> "component:" + id;
      case ZONE_IPV4, ZONE_IPV6, ZONE_PREFIX_LIST -> "zone:" + id;
      case ANYWHERE_IPV4, ANYWHERE_IPV6 -> "anywhere";
    };
  }

  @Override
  public int compareTo(RulePeer other) {
    int c = kind.compareTo(other.kind);
    return c != 0 ? c : id.compareTo(other.id);
  }
}
