package dev.portcullis.it.terraform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rules as the set of ports they open: TCP and UDP rules with the same component, direction,
 * protocol and peer merge into maximal port ranges, so a module that compacted adjacent ports
 * into one range compares equal to the flows it came from (and only then).
 */
final class PortSets {
  private PortSets() {}

  static Set<String> normalize(Collection<PlannedRule> rules) {
    Map<String, List<int[]>> ranges = new TreeMap<>();
    Set<String> result = new TreeSet<>();
    for (PlannedRule r : rules) {
      if ((r.protocol().equals("tcp") || r.protocol().equals("udp")) && !r.ports().equals("-")) {
        String[] p = r.ports().split("\\.\\.");
        ranges.computeIfAbsent(new PlannedRule(r.component(), r.direction(), r.protocol(), "*", r.peer()).toString(),
            k -> new ArrayList<>()).add(new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])});
      } else {
        result.add(r.toString());
      }
    }
    ranges.forEach((key, list) -> {
      list.sort(Comparator.comparingInt((int[] a) -> a[0]).thenComparingInt(a -> a[1]));
      int[] current = null;
      for (int[] next : list) {
        if (current != null && next[0] <= current[1] + 1) {
          current[1] = Math.max(current[1], next[1]);
        } else {
          if (current != null) {
            result.add(key.replace(" * ", " " + current[0] + ".." + current[1] + " "));
          }
          current = next.clone();
        }
      }
      result.add(key.replace(" * ", " " + current[0] + ".." + current[1] + " "));
    });
    return result;
  }
}
