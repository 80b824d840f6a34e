package dev.portcullis.plan;

import dev.portcullis.model.Transport;

/**
 * The transport a rule matches: fixed, or switched between TCP and UDP by a protocol variable
 * (then {@code transport} is the variable's default).
 *
 * @param variable the protocol variable (no product prefix), or null when fixed
 */
public record RuleProtocol(Transport transport, String variable) implements Comparable<RuleProtocol> {
  public static RuleProtocol fixed(Transport transport) {
    return new RuleProtocol(transport, null);
  }

  public boolean isVariable() {
    return variable != null;
  }

  public boolean isIcmp() {
    return transport == Transport.ICMP;
  }

  @Override
  public int compareTo(RuleProtocol other) {
    int c = transport.compareTo(other.transport);
    return c != 0 ? c : String.valueOf(variable).compareTo(String.valueOf(other.variable));
  }
}
