package dev.portcullis.it.ansible;

/**
 * One probe from the client: {@code tcp}, {@code udp} or {@code icmp} (an echo request) over IPv4
 * ({@code family} 4) or IPv6 (6), to a port (0 for ICMP).
 */
record Probe(String proto, int family, int port) implements Comparable<Probe> {
  String id() {
    return proto + "/" + family + "/" + port;
  }

  @Override
  public int compareTo(Probe o) {
    return id().compareTo(o.id());
  }

  @Override
  public String toString() {
    return id();
  }
}
