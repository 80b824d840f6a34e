package dev.portcullis.it.seeds;

import java.util.List;

/**
 * One flow of a generated model, flattened to the columns of a vendor port table, so a test can
 * hold the model against a table transcribed by hand: every field must match.
 *
 * @param peer {@code component:<id>} or {@code zone:<id>}
 * @param ports the resolved default ports, e.g. {@code 22,8444,8544} or {@code 1514-1516}; empty for ICMP
 * @param icmp {@code <type>/<code>} (-1 = any), or null unless ICMP
 * @param instances {@code <base>+N x<count> (<variable>)}, or null
 */
public record FlowRow(
    String component,
    String id,
    String service,
    String purpose,
    String peer,
    String direction,
    String protocol,
    List<String> transports,
    String ports,
    String icmp,
    String feature,
    String portVariable,
    String protocolVariable,
    String instances) {

  /** A row as the document gives it; transports follow from the protocol column. */
  public static FlowRow of(String component, String id, String service, String purpose, String peer,
      String direction, String protocol, String ports) {
    return new FlowRow(component, id, service, purpose, peer, direction, protocol, transportsOf(protocol),
        ports, null, null, null, null, null);
  }

  /** The same row on another component (a flow declared for several components). */
  public FlowRow on(String otherComponent) {
    return new FlowRow(otherComponent, id, service, purpose, peer, direction, protocol, transports, ports, icmp,
        feature, portVariable, protocolVariable, instances);
  }

  public FlowRow icmp(int type, int code) {
    return new FlowRow(component, id, service, purpose, peer, direction, protocol, transports, ports,
        type + "/" + code, feature, portVariable, protocolVariable, instances);
  }

  public FlowRow feature(String gate) {
    return new FlowRow(component, id, service, purpose, peer, direction, protocol, transports, ports, icmp,
        gate, portVariable, protocolVariable, instances);
  }

  public FlowRow portVariable(String variable) {
    return new FlowRow(component, id, service, purpose, peer, direction, protocol, transports, ports, icmp,
        feature, variable, protocolVariable, instances);
  }

  public FlowRow protocolVariable(String variable) {
    return new FlowRow(component, id, service, purpose, peer, direction, protocol, transports, ports, icmp,
        feature, portVariable, variable, instances);
  }

  public FlowRow instances(int base, int count, String variable) {
    return new FlowRow(component, id, service, purpose, peer, direction, protocol, transports, ports, icmp,
        feature, portVariable, protocolVariable, base + "+N x" + count + " (" + variable + ")");
  }

  /** {@code component/id}, unique in a product. */
  public String key() {
    return component + "/" + id;
  }

  static List<String> transportsOf(String protocol) {
    return protocol.equals("tcp_udp") ? List.of("tcp", "udp") : List.of(protocol);
  }
}
