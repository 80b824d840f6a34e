package dev.portcullis.it.oracle;

import java.util.List;

/**
 * One thing the definition says must pass: connections in the {@code direction} of
 * {@code component}'s firewall, with {@code peer}, on {@code protocol} ports {@code from..to}
 * (for ICMP: type {@code from} and code {@code to}, -1 = any).
 *
 * @param peer {@code component:<id>} or {@code zone:<id>}
 * @param protocol {@code tcp}, {@code udp}, {@code sctp}, {@code icmp} or {@code icmpv6}
 * @param flows the flows that ask for it
 */
public record Reach(String component, Direction direction, String peer, String protocol, int from, int to,
    List<String> flows) {
  public Reach {
    flows = List.copyOf(flows);
  }

  public boolean isIcmp() {
    return protocol.startsWith("icmp");
  }

  /** Whether this reach lets {@code port} (an ICMP type for ICMP) through. */
  public boolean covers(int port) {
    if (isIcmp()) {
      return from == -1 || from == port;
    }
    return from <= port && port <= to;
  }

  public String peerKind() {
    return peer.substring(0, peer.indexOf(':'));
  }

  public String peerId() {
    return peer.substring(peer.indexOf(':') + 1);
  }

  @Override
  public String toString() {
    return component + " " + direction + " " + peer + " " + protocol + " "
        + (from == to ? Integer.toString(from) : from + "-" + to) + " " + flows;
  }
}
