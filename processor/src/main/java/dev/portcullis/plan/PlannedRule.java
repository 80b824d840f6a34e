package dev.portcullis.plan;

import dev.portcullis.model.Icmp;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One rule of the plan, on the component that enforces it: a host firewall of that component's
 * hosts, its security group, its pods' policy.
 *
 * @param icmp the ICMP type and code (and the ICMPv6 counterpart), null unless ICMP
 * @param feature the feature that gates the rule, or null when always on
 * @param flows the ids of the flows the rule carries, sorted
 */
public record PlannedRule(
    String component,
    RuleDirection direction,
    RulePeer peer,
    RuleProtocol protocol,
    PortSpec ports,
    Icmp icmp,
    String feature,
    List<String> flows) {
  public PlannedRule {
    Objects.requireNonNull(component);
    Objects.requireNonNull(direction);
    Objects.requireNonNull(peer);
    Objects.requireNonNull(protocol);
    Objects.requireNonNull(ports);
    flows = List.copyOf(flows);
  }

  /** The order of the plan: component, direction, peer, protocol, feature, ports, ICMP. */
  static final Comparator<PlannedRule> ORDER = Comparator.comparing(PlannedRule::component)
      .thenComparing(PlannedRule::direction)
      .thenComparing(PlannedRule::peer)
      .thenComparing(PlannedRule::protocol)
      .thenComparing(r -> String.valueOf(r.feature()))
      .thenComparing(PlannedRule::portsOrder)
      .thenComparing(r -> r.icmp() == null ? "" : r.icmp().type() + "/" + r.icmp().code())
      .thenComparing(r -> String.join(",", r.flows()));

  public boolean isIngress() {
    return direction == RuleDirection.INGRESS;
  }

  public boolean isEgress() {
    return direction == RuleDirection.EGRESS;
  }

  public boolean isGated() {
    return feature != null;
  }

  private String portsOrder() {
    String kind = ports.getClass().getSimpleName();
    // "[00022-00022, 08080-08090]": ports padded so that they sort as numbers
    StringBuilder order = new StringBuilder(kind).append('[');
    for (var range : ports.defaultRanges()) {
      if (order.charAt(order.length() - 1) != '[') {
        order.append(", ");
      }
      padded(order, range.from()).append('-');
      padded(order, range.to());
    }
    return order.append(']').toString();
  }

  private static StringBuilder padded(StringBuilder out, int port) {
    String digits = Integer.toString(port);
    for (int i = digits.length(); i < 5; i++) {
      out.append('0');
    }
    return out.append(digits);
  }
}
