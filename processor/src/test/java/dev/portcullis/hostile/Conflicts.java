package dev.portcullis.hostile;

import dev.portcullis.model.Flow;
import dev.portcullis.model.PortRange;
import dev.portcullis.model.Transport;
import java.util.Objects;

/**
 * The processor's flow-conflict rule (FlowOverlapCheck): two flows of one component that open
 * the same port, transport, peer and direction but disagree on the feature or a variable. Such a
 * product never reaches a target, so the generator leaves the later flow out. Agreeing overlaps
 * (a warning only) stay in.
 */
final class Conflicts {
  private Conflicts() {}

  static boolean conflict(Flow a, Flow b) {
    if (!a.component().equals(b.component()) || !a.peer().equals(b.peer())) {
      return false;
    }
    if (!((a.isInbound() && b.isInbound()) || (a.isOutbound() && b.isOutbound()))) {
      return false;
    }
    Transport shared = a.transports().stream().filter(b.transports()::contains).findFirst().orElse(null);
    if (shared == null) {
      return false;
    }
    boolean overlap = shared == Transport.ICMP
        ? a.icmp().type() == -1 || b.icmp().type() == -1 || a.icmp().type() == b.icmp().type()
        : portsOverlap(a, b);
    if (!overlap) {
      return false;
    }
    return !Objects.equals(a.feature(), b.feature())
        || !Objects.equals(a.portVariable(), b.portVariable())
        || !Objects.equals(a.protocolVariable(), b.protocolVariable())
        || !Objects.equals(a.instances(), b.instances());
  }

  private static boolean portsOverlap(Flow a, Flow b) {
    for (PortRange x : a.ports()) {
      for (PortRange y : b.ports()) {
        if (Math.max(x.from(), y.from()) <= Math.min(x.to(), y.to())) {
          return true;
        }
      }
    }
    return false;
  }
}
