package dev.portcullis.plan;

import dev.portcullis.model.PortRange;
import java.util.List;

/**
 * The ports of a planned rule: fixed spans (merged), one configurable port, instance-numbered
 * ports ({@code base+1 .. base+count}), or none (ICMP).
 */
public sealed interface PortSpec {
  /** Fixed ports: sorted, disjoint spans, no two adjacent (touching spans are merged). */
  record Fixed(List<PortSpan> spans) implements PortSpec {
    public Fixed {
      spans = List.copyOf(spans);
    }

    public List<PortRange> ranges() {
      return spans.stream().map(PortSpan::range).toList();
    }
  }

  /** One port a variable moves (name without product prefix). */
  record Configurable(String variable, int defaultPort) implements PortSpec {}

  /** Instance N listens on {@code base + N}, N = 1..count; the count is a variable. */
  record Numbered(int base, int defaultCount, int maxCount, String variable) implements PortSpec {
    public PortRange defaultRange() {
      return new PortRange(base + 1, base + defaultCount);
    }
  }

  /** No ports: ICMP, matched by type and code. */
  record None() implements PortSpec {}

  /** The ports at every variable's default. */
  default List<PortRange> defaultRanges() {
    if (this instanceof Fixed f) {
      return f.ranges();
    } else if (this instanceof Configurable c) {
      return List.of(PortRange.of(c.defaultPort()));
    } else if (this instanceof Numbered n) {
      return List.of(n.defaultRange());
    }
    return List.of();
  }
}
