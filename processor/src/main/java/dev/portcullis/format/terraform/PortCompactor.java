package dev.portcullis.format.terraform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Merges the rules of one group that differ only in their ports: same direction, peer, fixed
 * protocol and feature gate, with adjacent or overlapping fixed port ranges (of one flow or of
 * several). They become one rule over the merged range that serves every flow involved and
 * allows exactly the same ports, so a group holds the fewest rules AWS allows. Ports or
 * protocols moved by a variable never merge: their values are only known at plan time. A merge
 * is skipped when the merged rule's description could no longer name all of its flows within
 * AWS's 255 characters.
 */
final class PortCompactor {
  private final RuleDescriptions descriptions;

  PortCompactor(RuleDescriptions descriptions) {
    this.descriptions = descriptions;
  }

  /** {@code rules} with every mergeable neighbour merged, sorted by key. */
  List<RuleUnit> compact(List<RuleUnit> rules) {
    Map<Object, List<RuleUnit>> mergeable = new LinkedHashMap<>();
    List<RuleUnit> result = new ArrayList<>();
    for (RuleUnit rule : rules) {
      if (rule.isCompactable()) {
        Object sameButPorts = List.of(rule.component(), rule.direction(), rule.protocol(), rule.peer(),
            Objects.toString(rule.gate()), rule.gateDefault());
        mergeable.computeIfAbsent(sameButPorts, k -> new ArrayList<>()).add(rule);
      } else {
        result.add(rule);
      }
    }
    for (List<RuleUnit> same : mergeable.values()) {
      same.sort(Comparator.comparingInt((RuleUnit r) -> r.ports().from()).thenComparingInt(r -> r.ports().to()));
      RuleUnit current = null;
      for (RuleUnit next : same) {
        if (current != null && next.ports().from() <= current.ports().to() + 1 && fits(current, next)) {
          current = merge(current, next);
        } else {
          if (current != null) {
            result.add(current);
          }
          current = next;
        }
      }
      result.add(current);
    }
    result.sort(Comparator.comparing(RuleUnit::keyTemplate));
    return List.copyOf(result);
  }

  private boolean fits(RuleUnit a, RuleUnit b) {
    return descriptions.namesAll(flowIds(a, b));
  }

  private RuleUnit merge(RuleUnit a, RuleUnit b) {
    List<String> ids = flowIds(a, b);
    RulePorts ports = RulePorts.range(a.ports().from(), Math.max(a.ports().to(), b.ports().to()));
    return a.withFlows(ids, descriptions.of(ids), ports);
  }

  private static List<String> flowIds(RuleUnit a, RuleUnit b) {
    TreeSet<String> ids = new TreeSet<>(a.flowIds());
    ids.addAll(b.flowIds());
    return List.copyOf(ids);
  }
}
