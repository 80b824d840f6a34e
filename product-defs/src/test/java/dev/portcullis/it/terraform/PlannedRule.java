package dev.portcullis.it.terraform;

/**
 * One security group rule as {@code terraform show -json} plans it, reduced to what it allows.
 *
 * @param component the component whose group holds it (from the group's resource name)
 * @param direction {@code ingress} or {@code egress}
 * @param protocol AWS's {@code ip_protocol}: {@code tcp}, {@code udp}, {@code icmp}, {@code icmpv6}, a number, {@code -1}
 * @param ports {@code from..to}, or {@code -} when the rule has none
 * @param peer {@code component:<id>}, {@code ipv4:<cidr>}, {@code ipv6:<cidr>} or {@code prefix-list:<id>}
 */
record PlannedRule(String component, String direction, String protocol, String ports, String peer) {
  @Override
  public String toString() {
    return component + " " + direction + " " + protocol + " " + ports + " " + peer;
  }
}
