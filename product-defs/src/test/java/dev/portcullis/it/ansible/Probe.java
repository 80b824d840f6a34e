package dev.portcullis.it.ansible;

/**
 * One probe between a test host's server and client: {@code inbound} (the client connects to the
 * server, from its {@code near} address on the server's subnet or its far address on another
 * subnet) or outbound (the server connects to that client address), over {@code tcp}, {@code udp}
 * or {@code icmp} (an echo request, port 0), over IPv4 ({@code family} 4) or IPv6 (6).
 */
record Probe(boolean inbound, boolean near, String proto, int family, int port) implements Comparable<Probe> {
  String id() {
    return (inbound ? "in" : "out") + "/" + (near ? "near" : "far") + "/" + proto + "/" + family + "/" + port;
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
