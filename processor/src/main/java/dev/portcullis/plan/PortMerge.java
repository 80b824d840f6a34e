package dev.portcullis.plan;

import dev.portcullis.model.PortRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The one port-merging rule of Portcullis: spans that overlap or touch become one span over the
 * union of their ports, carrying the union of their flows. Merging never widens: the merged
 * spans allow exactly the ports of the input.
 */
public final class PortMerge {
  private PortMerge() {}

  /** {@code spans} sorted and merged. */
  public static List<PortSpan> merge(List<PortSpan> spans) {
    List<PortSpan> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparing(PortSpan::range));
    List<PortSpan> merged = new ArrayList<>();
    PortRange current = null;
    TreeSet<String> flows = new TreeSet<>();
    for (PortSpan span : sorted) {
      PortRange range = span.range();
      if (current != null && range.from() <= current.to() + 1) {
        current = new PortRange(current.from(), Math.max(current.to(), range.to()));
      } else {
        if (current != null) {
          merged.add(new PortSpan(current, List.copyOf(flows)));
        }
        current = range;
        flows = new TreeSet<>();
      }
      flows.addAll(span.flows());
    }
    if (current != null) {
      merged.add(new PortSpan(current, List.copyOf(flows)));
    }
    return List.copyOf(merged);
  }
}
