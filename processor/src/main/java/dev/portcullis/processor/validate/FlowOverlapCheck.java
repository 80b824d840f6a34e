package dev.portcullis.processor.validate;

import dev.portcullis.diagnostics.Message;
import dev.portcullis.model.Flow;
import dev.portcullis.model.PortRange;
import dev.portcullis.model.Product;
import dev.portcullis.model.Transport;
import dev.portcullis.processor.inspect.Definition.FlowDecl;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two flows of one component that open the same port and transport to the same peer in an
 * overlapping direction: a duplicate (warning) when they say the same thing, a conflict (error)
 * when they disagree on the feature that gates it or on a variable that moves it.
 */
public final class FlowOverlapCheck {
  private final Reporter reporter;

  public FlowOverlapCheck(Reporter reporter) {
    this.reporter = reporter;
  }

  /** @param declarations the declaration of each flow id, for positions */
  public void check(Product product, Map<String, FlowDecl> declarations) {
    List<Flow> flows = product.flows();
    for (int i = 0; i < flows.size(); i++) {
      for (int j = i + 1; j < flows.size(); j++) {
        Flow a = flows.get(i);
        Flow b = flows.get(j);
        if (!a.component().equals(b.component()) || !a.peer().equals(b.peer())) {
          continue;
        }
        if (!((a.isInbound() && b.isInbound()) || (a.isOutbound() && b.isOutbound()))) {
          continue;
        }
        Transport transport = a.transports().stream().filter(b.transports()::contains).findFirst().orElse(null);
        if (transport == null) {
          continue;
        }
        String overlap = transport == Transport.ICMP ? icmpOverlap(a, b) : portOverlap(a.ports(), b.ports());
        if (overlap == null) {
          continue;
        }
        FlowDecl later = declarations.get(b.id());
        String disagreement = disagreement(a, b);
        if (disagreement == null) {
          reporter.report(Message.FLOW_DUPLICATE, later.site(), "id", b.id(), transport.lower(), overlap,
              a.id(), a.component());
        } else {
          reporter.report(Message.FLOW_CONFLICT, later.site(), "id", b.id(), transport.lower(), overlap,
              a.id(), a.component(), disagreement);
        }
      }
    }
  }

  private static String disagreement(Flow a, Flow b) {
    if (!Objects.equals(a.feature(), b.feature())) {
      return "one is gated by feature " + describe(a.feature()) + " and the other by " + describe(b.feature());
    }
    if (!Objects.equals(a.portVariable(), b.portVariable()) || !Objects.equals(a.protocolVariable(), b.protocolVariable())
        || !Objects.equals(a.instances(), b.instances())) {
      return "only one of them makes the port or protocol configurable";
    }
    return null;
  }

  private static String describe(String feature) {
    return feature == null ? "none" : "'" + feature + "'";
  }

  private static String icmpOverlap(Flow a, Flow b) {
    boolean types = a.icmp().type() == -1 || b.icmp().type() == -1 || a.icmp().type() == b.icmp().type();
    return types ? "type " + (a.icmp().type() == -1 ? b.icmp().type() : a.icmp().type()) : null;
  }

  private static String portOverlap(List<PortRange> a, List<PortRange> b) {
    for (PortRange x : a) {
      for (PortRange y : b) {
        int from = Math.max(x.from(), y.from());
        int to = Math.min(x.to(), y.to());
        if (from <= to) {
          return from == to ? "port " + from : "ports " + from + "-" + to;
        }
      }
    }
    return null;
  }
}
