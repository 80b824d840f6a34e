package dev.portcullis.format.terraform;

import java.util.List;
import java.util.Objects;

/**
 * One rule of the module before the peers' CIDR lists are expanded: Terraform turns it into one
 * {@code aws_vpc_security_group_*_rule} per CIDR or prefix list of the peer (one for a group
 * reference). Its {@link #keyTemplate() key} depends only on what it allows, never on where its
 * flow stands in the definition, so adding or moving flows keeps every other rule's address.
 *
 * @param component the component whose security group holds the rule
 * @param flowIds the flows the rule serves (several when the plan merged their ports or rules), sorted
 * @param description the rule's description, already AWS-safe
 * @param gate the bool variable that turns the rule on, or null when always on
 * @param gateDefault the gate's default
 */
record RuleUnit(
    String component,
    RuleDirection direction,
    List<String> flowIds,
    String description,
    RuleProtocol protocol,
    RulePorts ports,
    RulePeer peer,
    String gate,
    boolean gateDefault) {
  RuleUnit {
    flowIds = List.copyOf(flowIds);
  }

  /**
   * The HCL template text of the rule's key; {@code ${peer}} is the CIDR, prefix list or group id
   * of a zone (or of a component's instances outside the VPC).
   */
  String keyTemplate() {
    return peer.isExpanded() ? baseKey() + "_${peer}" : baseKey();
  }

  /** The key without the list item a zone's (or external peers') rule is expanded over. */
  String baseKey() {
    if (peer.kind() == RulePeer.Kind.ANYWHERE_IPV4 || peer.kind() == RulePeer.Kind.ANYWHERE_IPV6) {
      return "all_traffic_to_" + Hcl.keyText(peer.id());
    }
    return Hcl.keyText(String.join("+", flowIds)) + "_" + protocol.keyPart() + "_" + ports.keyPart()
        + "_" + direction.preposition() + "_" + Hcl.keyText(peer.id());
  }

  /** What the rule allows, without its name: two units with the same content are one AWS rule. */
  Object content() {
    return List.of(component, direction, protocol, ports, peer, Objects.toString(gate));
  }

  /** The value of the rule's {@code portcullis:flow} tag. */
  String flowTag() {
    return String.join("+", flowIds);
  }

  RuleUnit withFlows(List<String> ids, String newDescription, RulePorts newPorts) {
    return new RuleUnit(component, direction, ids, newDescription, protocol, newPorts, peer, gate, gateDefault);
  }
}
