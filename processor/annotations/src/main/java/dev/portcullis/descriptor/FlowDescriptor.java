package dev.portcullis.descriptor;

import java.util.List;

/**
 * One flow of a product on one component, with ports at their defaults.
 *
 * @param peerKind {@code component} or {@code zone}
 * @param direction {@code inbound}, {@code outbound} or {@code bidirectional}
 * @param protocol as declared: {@code tcp}, {@code udp}, {@code tcp_udp}, {@code icmp}, {@code sctp}
 * @param transports the resolved protocols, TCP and UDP apart
 * @param feature the gating feature, or null
 * @param portVariable the variable that moves the port, or null
 */
public record FlowDescriptor(
    String id,
    String component,
    String service,
    String purpose,
    String peerKind,
    String peer,
    String direction,
    String protocol,
    List<String> transports,
    List<PortSpan> ports,
    String feature,
    String portVariable) {
  public FlowDescriptor {
    transports = List.copyOf(transports);
    ports = List.copyOf(ports);
  }
}
