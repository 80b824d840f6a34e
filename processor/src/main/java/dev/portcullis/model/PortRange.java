package dev.portcullis.model;

/** An inclusive port range; a single port has {@code from == to}. */
public record PortRange(int from, int to) implements Comparable<PortRange> {
  public PortRange {
    if (from < 1 || to > 65535 || from > to) {
      throw new IllegalArgumentException("bad port range " + from + "-" + to);
    }
  }

  public static PortRange of(int port) {
    return new PortRange(port, port);
  }

  public boolean isSingle() {
    return from == to;
  }

  public int size() {
    return to - from + 1;
  }

  /** {@code 5705} or {@code 5706-5707}. */
  @Override
  public String toString() {
    return isSingle() ? Integer.toString(from) : from + "-" + to;
  }

  @Override
  public int compareTo(PortRange other) {
    int c = Integer.compare(from, other.from);
    return c != 0 ? c : Integer.compare(to, other.to);
  }
}
