package dev.portcullis.format.kubernetes;

import dev.portcullis.model.Transport;

/** One {@code ports} entry: a numeric port, and {@code endPort} when it is a range. */
public record PolicyPort(Transport protocol, int port, int endPort) {
  public PolicyPort {
    if (protocol == Transport.ICMP) {
      throw new IllegalArgumentException("NetworkPolicy has no ICMP");
    }
    if (port < 1 || endPort > 65535 || endPort < port) {
      throw new IllegalArgumentException("bad port range " + port + "-" + endPort);
    }
  }

  public boolean isRange() {
    return endPort != port;
  }
}
