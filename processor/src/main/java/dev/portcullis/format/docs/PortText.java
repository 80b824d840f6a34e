package dev.portcullis.format.docs;

import dev.portcullis.model.Flow;
import dev.portcullis.model.Icmp;
import dev.portcullis.model.PortRange;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** How ports, protocols and ICMP types read on the product page (table and diagram alike). */
final class PortText {
  private PortText() {}

  /** {@code 5705}, {@code 4222-4223, 8222}; for ICMP the type and code; instances with their formula. */
  static String ports(Flow flow) {
    if (flow.isIcmp()) {
      return icmp(flow.icmp());
    }
    String ports = merged(flow.ports());
    if (flow.instances() != null) {
      return ports + " (" + flow.instances().base() + "+N for instances N = 1.." + flow.instances().defaultCount()
          + ", at most " + flow.instances().maxCount() + ")";
    }
    return ports;
  }

  /** Sorted ranges with adjacent or overlapping ones joined: {@code 5705, 5706, 5707} reads {@code 5705-5707}. */
  static String merged(List<PortRange> ranges) {
    List<PortRange> sorted = ranges.stream().sorted().toList();
    List<PortRange> joined = new ArrayList<>();
    for (PortRange r : sorted) {
      if (!joined.isEmpty() && r.from() <= joined.get(joined.size() - 1).to() + 1) {
        PortRange last = joined.remove(joined.size() - 1);
        joined.add(new PortRange(last.from(), Math.max(last.to(), r.to())));
      } else {
        joined.add(r);
      }
    }
    return joined.stream().map(PortRange::toString).collect(Collectors.joining(", "));
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
