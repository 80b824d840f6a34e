package dev.portcullis.format.docs;

import dev.portcullis.model.Flow;
import dev.portcullis.model.Icmp;
import dev.portcullis.model.PortRange;
import dev.portcullis.plan.PlannedRule;
import dev.portcullis.plan.PortSpec;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How ports, protocols and ICMP types read on the product page (tables and diagram alike). It
 * only spells out what the plan holds: ranges are the plan's merged spans, never re-merged here.
 */
final class PortText {
  private PortText() {}

  /** A declared flow's ports: {@code 80, 443}; for ICMP the type and code; instances with their formula. */
  static String ports(Flow flow) {
    if (flow.isIcmp()) {
      return icmp(flow.icmp());
    }
    return join(flow.ports().stream().sorted().toList()) + (flow.instances() == null ? ""
        : instances(flow.instances().base(), flow.instances().defaultCount(), flow.instances().maxCount()));
  }

  /** A planned rule's ports at their defaults, as {@link #ports(Flow)} reads a flow. */
  static String ports(PlannedRule rule) {
    if (rule.ports() instanceof PortSpec.None) {
      return icmp(rule.icmp());
    }
    String ports = join(rule.ports().defaultRanges());
    if (rule.ports() instanceof PortSpec.Numbered n) {
      return ports + instances(n.base(), n.defaultCount(), n.maxCount());
    }
    return ports;
  }

  private static String instances(int base, int defaultCount, int maxCount) {
    return " (" + base + "+N for instances N = 1.." + defaultCount + ", at most " + maxCount + ")";
  }

  /** Ranges in the order given: {@code 4222-4223, 8222}. */
  static String join(List<PortRange> ranges) {
    return ranges.stream().map(PortRange::toString).collect(Collectors.joining(", "));
  }

  /** {@code TCP}, {@code TCP+UDP}, {@code ICMP}, {@code SCTP}. */
  static String protocol(Flow flow) {
    return flow.transports().stream().map(Enum::name).collect(Collectors.joining("+"));
  }

  /** {@code type 8 (echo request), any code}; {@code any type}. */
  static String icmp(Icmp icmp) {
    if (icmp == null || icmp.type() == Icmp.ANY) {
      return "any type";
    }
    String name = switch (icmp.type()) {
      case 0 -> " (echo reply)";
      case 3 -> " (destination unreachable)";
      case 5 -> " (redirect)";
      case 8 -> " (echo request)";
      case 11 -> " (time exceeded)";
      default -> "";
    };
    String code = icmp.code() == Icmp.ANY ? "any code" : "code " + icmp.code();
    return "type " + icmp.type() + name + ", " + code;
  }
}
