package dev.portcullis.format.kubernetes;

import dev.portcullis.model.Transport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Gives a policy the fewest {@code ports} entries: within a rule, ranges of one protocol that are
 * adjacent or overlap become one entry ({@code port}/{@code endPort}); rules with the same peers
 * whose ports touch become one rule, carrying the comments of every flow they serve. Rules whose
 * ports do not touch stay one per flow, so each reads as its flow. The ports allowed to each peer
 * are exactly the same before and after.
 */
final class PortMerger {
  private PortMerger() {}

  /** {@code rules} merged, in the order of their first flow; comment-only rules are kept as they are. */
  static List<PolicyRule> merge(List<PolicyRule> rules) {
    List<PolicyRule> result = new ArrayList<>();
    for (PolicyRule rule : rules) {
      result.add(rule.isCommentOnly() ? rule : withPorts(rule, rule.comments(), rule.ports()));
    }
    boolean merged = true;
    while (merged) {
      merged = false;
      for (int i = 0; i < result.size() && !merged; i++) {
        for (int j = i + 1; j < result.size() && !merged; j++) {
          PolicyRule a = result.get(i);
          PolicyRule b = result.get(j);
          if (!a.isCommentOnly() && a.peers().equals(b.peers()) && touch(a.ports(), b.ports())) {
            List<String> comments = new ArrayList<>(a.comments());
            comments.addAll(b.comments());
            List<PolicyPort> ports = new ArrayList<>(a.ports());
            ports.addAll(b.ports());
            result.set(i, withPorts(a, comments, ports));
            result.remove(j);
            merged = true;
          }
        }
      }
    }
    return List.copyOf(result);
  }

  private static PolicyRule withPorts(PolicyRule rule, List<String> comments, List<PolicyPort> ports) {
    return new PolicyRule(comments, rule.peers(), mergeRanges(ports));
  }

  /** Whether a port of {@code a} is adjacent to or overlaps a port of {@code b} of the same protocol. */
  private static boolean touch(List<PolicyPort> a, List<PolicyPort> b) {
    for (PolicyPort x : a) {
      for (PolicyPort y : b) {
        if (x.protocol() == y.protocol() && x.port() <= y.endPort() + 1 && y.port() <= x.endPort() + 1) {
          return true;
        }
      }
    }
    return false;
  }

  /** Per protocol (in protocol order), the contiguous ranges covering {@code ports}. */
  static List<PolicyPort> mergeRanges(List<PolicyPort> ports) {
    List<PolicyPort> sorted = new ArrayList<>(ports);
    sorted.sort(Comparator.comparing(PolicyPort::protocol).thenComparingInt(PolicyPort::port)
        .thenComparingInt(PolicyPort::endPort));
    List<PolicyPort> result = new ArrayList<>();
    for (PolicyPort next : sorted) {
      PolicyPort last = result.isEmpty() ? null : result.get(result.size() - 1);
      if (last != null && last.protocol() == next.protocol() && next.port() <= last.endPort() + 1) {
        Transport protocol = last.protocol();
        result.set(result.size() - 1, new PolicyPort(protocol, last.port(), Math.max(last.endPort(), next.endPort())));
      } else {
        result.add(next);
      }
    }
    return result;
  }
}
