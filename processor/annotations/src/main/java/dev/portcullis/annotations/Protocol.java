package dev.portcullis.annotations;

/**
 * The transport of a flow.
 *
 * <pre>{@code @Flow(..., protocol = Protocol.TCP_UDP, ports = 111)}</pre>
 */
public enum Protocol {
  TCP,
  UDP,
  /** TCP and UDP on the same ports; every target emits one rule per protocol. */
  TCP_UDP,
  /** ICMP (and ICMPv6 for IPv6); takes {@link Flow#icmpType()} and {@link Flow#icmpCode()}, no ports. */
  ICMP,
  SCTP
}
