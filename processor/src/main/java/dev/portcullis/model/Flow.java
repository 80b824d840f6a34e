package dev.portcullis.model;

import dev.portcullis.annotations.Direction;
import dev.portcullis.annotations.Protocol;
import java.util.List;

/**
 * One resolved flow on one component. Ports are the defaults (a configurable port's default,
 * an instance range at its default count), sorted; {@code transports} lists TCP and UDP apart.
 *
 * @param icmp the ICMP type/code, null unless a transport is ICMP
 * @param portVariable the variable that moves the single port, or null
 * @param protocolVariable the variable that switches TCP/UDP, or null
 * @param instances the instance numbering, or null
 * @param feature the gating feature id, or null when always on
 * @param constant the {@code static final int} field that declares the port, or null
 */
public record Flow(
    String id,
    String service,
    String purpose,
    String component,
    Peer peer,
    Direction direction,
    Protocol protocol,
    List<Transport> transports,
    List<PortRange> ports,
    Icmp icmp,
    String portVariable,
    String protocolVariable,
    Instances instances,
    String feature,
    String constant) {
  public Flow {
    transports = List.copyOf(transports);
    ports = List.copyOf(ports);
  }

  public boolean isIcmp() {
    return protocol == Protocol.ICMP;
  }

  /** Whether the peer connects to this component (inbound or bidirectional). */
  public boolean isInbound() {
    return direction != Direction.OUTBOUND;
  }

  /** Whether this component connects to the peer (outbound or bidirectional). */
  public boolean isOutbound() {
    return direction != Direction.INBOUND;
  }

  /** Whether the peer is the flow's own component (its other members). */
  public boolean isSelfPeer() {
    return peer.isComponent() && peer.id().equals(component);
  }

  /** Unique key of this flow in its product: {@code component/id}. */
  public String key() {
    return component + "/" + id;
  }
}
