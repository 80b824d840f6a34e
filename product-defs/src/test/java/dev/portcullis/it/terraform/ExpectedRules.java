package dev.portcullis.it.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The security group rules a product's definition calls for with the module's defaults, derived
 * from the model ({@code model/<product>.json}) independently of the Terraform target's code:
 * <ul>
 *   <li>a flow is on when it has no feature or its feature is on by default;
 *   <li>inbound (or bidirectional) opens ingress on the flow's component from the peer, outbound
 *       (or bidirectional) opens egress to it; a component peer gets the other end (egress to,
 *       ingress from the flow's component), because a security group checks both ends;
 *   <li>a zone peer is each of its default IPv4 and IPv6 CIDRs, a component peer its group;
 *   <li>TCP and UDP are one rule per port range; ICMP is {@code icmp} type..code for IPv4 peers and
 *       {@code icmpv6} with the ICMPv6 counterpart for IPv6 peers, both for a group; SCTP is
 *       protocol 132 without ports;
 *   <li>a product whose hosts must keep outgoing traffic allowed gets all egress to 0.0.0.0/0 and
 *       ::/0 on every component.
 * </ul>
 */
final class ExpectedRules {
  private ExpectedRules() {}

  static Set<PlannedRule> of(JsonNode model) {
    Set<PlannedRule> rules = new TreeSet<>(java.util.Comparator.comparing(PlannedRule::toString));
    for (JsonNode flow : model.path("flows")) {
      if (!isOn(model, flow)) {
        continue;
      }
      String own = flow.path("component").asText();
      String direction = flow.path("direction").asText();
      boolean inbound = !direction.equals("outbound");
      boolean outbound = !direction.equals("inbound");
      JsonNode peer = flow.path("peer");
      if (peer.path("kind").asText().equals("zone")) {
        JsonNode zone = zone(model, peer.path("id").asText());
        List<String> peers = new ArrayList<>();
        zone.path("ipv4").forEach(c -> peers.add("ipv4:" + Cidr.canonical(c.asText())));
        zone.path("ipv6").forEach(c -> peers.add("ipv6:" + Cidr.canonical(c.asText())));
        for (String p : peers) {
          if (inbound) {
            add(rules, flow, own, "ingress", p);
          }
          if (outbound) {
            add(rules, flow, own, "egress", p);
          }
        }
      } else {
        String other = peer.path("id").asText();
        if (inbound) {
          add(rules, flow, own, "ingress", "component:" + other);
          add(rules, flow, other, "egress", "component:" + own);
        }
        if (outbound) {
          add(rules, flow, own, "egress", "component:" + other);
          add(rules, flow, other, "ingress", "component:" + own);
        }
      }
    }
    if (model.path("prerequisites").path("outgoing").path("mustBeAllowed").asBoolean()) {
      for (JsonNode component : model.path("components")) {
        String id = component.path("id").asText();
        rules.add(new PlannedRule(id, "egress", "-1", "-", "ipv4:" + Cidr.canonical("0.0.0.0/0")));
        rules.add(new PlannedRule(id, "egress", "-1", "-", "ipv6:" + Cidr.canonical("::/0")));
      }
    }
    return rules;
  }

  private static void add(Set<PlannedRule> rules, JsonNode flow, String component, String direction, String peer) {
    boolean v6 = peer.startsWith("ipv6:");
    boolean group = peer.startsWith("component:");
    for (JsonNode transport : flow.path("transports")) {
      switch (transport.asText()) {
        case "tcp", "udp" -> {
          for (JsonNode range : flow.path("ports")) {
            rules.add(new PlannedRule(component, direction, transport.asText(),
                range.path("from").asInt() + ".." + range.path("to").asInt(), peer));
          }
        }
        case "icmp" -> {
          JsonNode icmp = flow.path("icmp");
          if (!v6) {
            rules.add(new PlannedRule(component, direction, "icmp",
                icmp.path("type").asInt() + ".." + icmp.path("code").asInt(), peer));
          }
          if ((v6 || group) && icmp.has("v6Type")) {
            rules.add(new PlannedRule(component, direction, "icmpv6",
                icmp.path("v6Type").asInt() + ".." + icmp.path("v6Code").asInt(), peer));
          }
        }
        case "sctp" -> rules.add(new PlannedRule(component, direction, "132", "-", peer));
        default -> throw new IllegalArgumentException("unknown transport " + transport);
      }
    }
  }

  private static boolean isOn(JsonNode model, JsonNode flow) {
    if (!flow.has("feature")) {
      return true;
    }
    for (JsonNode feature : model.path("features")) {
      if (feature.path("id").asText().equals(flow.path("feature").asText())) {
        return feature.path("enabledByDefault").asBoolean();
      }
    }
    throw new IllegalArgumentException("flow names an unknown feature: " + flow);
  }

  private static JsonNode zone(JsonNode model, String id) {
    for (JsonNode zone : model.path("zones")) {
      if (zone.path("id").asText().equals(id)) {
        return zone;
      }
    }
    throw new IllegalArgumentException("unknown zone " + id);
  }
}
