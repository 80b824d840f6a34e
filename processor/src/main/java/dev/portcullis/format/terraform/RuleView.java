package dev.portcullis.format.terraform;

/**
 * One rule of {@code main.tf}'s locals, as {@code rule.tf.mustache} writes it: HCL expressions
 * (raw, built here from validated ids and numbers) and the description and tags as plain text
 * (escaped by the template engine).
 *
 * @param peers what the rule is expanded over: {@code ["node"]}, {@code var.admins_ipv4_cidrs}
 * @param condition {@code ""} or {@code " if var.enable_ssl"}
 */
public record RuleView(
    String peers,
    String key,
    String description,
    String ipProtocol,
    String fromPort,
    String toPort,
    String cidrIpv4,
    String cidrIpv6,
    String prefixListId,
    String peerGroup,
    String flow,
    String peerTag,
    String condition) {
  private static final int MAX_TAG_VALUE = 256;

  static RuleView of(RuleUnit unit) {
    RulePeer peer = unit.peer();
    String peers = switch (peer.kind()) {
      case GROUP, ANYWHERE_IPV4, ANYWHERE_IPV6 -> Hcl.list(java.util.List.of(peer.id()));
      case ZONE_IPV4 -> "var." + ZoneVariables.ipv4(peer.id());
      case ZONE_IPV6 -> "var." + ZoneVariables.ipv6(peer.id());
      case ZONE_PREFIX_LIST -> "var." + ZoneVariables.prefixLists(peer.id());
    };
    boolean v4 = peer.kind() == RulePeer.Kind.ZONE_IPV4 || peer.kind() == RulePeer.Kind.ANYWHERE_IPV4;
    boolean v6 = peer.kind() == RulePeer.Kind.ZONE_IPV6 || peer.kind() == RulePeer.Kind.ANYWHERE_IPV6;
    String flowTag = unit.flowTag();
    return new RuleView(
        peers,
        "\"" + unit.keyTemplate() + "\"",
        unit.description(),
        unit.protocol().hcl(),
        unit.ports().fromHcl(),
        unit.ports().toHcl(),
        v4 ? "peer" : "null",
        v6 ? "peer" : "null",
        peer.kind() == RulePeer.Kind.ZONE_PREFIX_LIST ? "peer" : "null",
        peer.isGroup() ? "peer" : "null",
        flowTag.length() > MAX_TAG_VALUE ? flowTag.substring(0, MAX_TAG_VALUE) : flowTag,
        peer.tag(),
        unit.gate() == null ? "" : " if var." + unit.gate());
  }
}
