package dev.portcullis.descriptor;

/** An inclusive port range; a single port has {@code from == to}. */
public record PortSpan(int from, int to) {
  public boolean contains(int port) {
    return port >= from && port <= to;
  }
}
