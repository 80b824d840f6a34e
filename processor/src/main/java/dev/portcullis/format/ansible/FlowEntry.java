package dev.portcullis.format.ansible;

import dev.portcullis.model.Flow;
import dev.portcullis.model.Icmp;
import dev.portcullis.model.Instances;
import dev.portcullis.model.PortRange;
import dev.portcullis.model.Transport;
import dev.portcullis.render.Literals;
import java.util.List;

/**
 * One flow of the role's flow table (vars/main.yml), every value already a YAML literal: ports in
 * ufw's {@code a:b} form, and Jinja references where a variable moves a port, switches the
 * protocol, counts instances or gates the flow behind a feature.
 *
 * @param ports list items, empty for ICMP and instance-numbered flows
 * @param instances the instance numbering, or null
 * @param icmp the ICMP type and code, or null
 */
record FlowEntry(
    String id,
    String component,
    String service,
    String peer,
    String addresses,
    boolean inbound,
    boolean outbound,
    String enabled,
    List<String> transports,
    List<String> ports,
    InstancesEntry instances,
    IcmpEntry icmp,
    String ipv4,
    String ipv6,
    String portVariable,
    String protocolVariable) {
  /** Where the entry's keys start (a list item of a top-level key). */
  static final int KEY_INDENT = 4;

  FlowEntry {
    transports = List.copyOf(transports);
    ports = List.copyOf(ports);
  }

  public boolean hasPorts() {
    return !ports.isEmpty();
  }

  public boolean hasPortVariable() {
    return portVariable != null;
  }

  public boolean hasProtocolVariable() {
    return protocolVariable != null;
  }

  /** {@code base}, {@code count} (a Jinja reference), {@code max} and the count variable's name. */
  record InstancesEntry(int base, String count, int max, String variable) {}

  /** IPv4 type/code and the ICMPv6 counterpart ({@code -2} when there is none). */
  record IcmpEntry(int type, int code, int v6Type, int v6Code) {}

  static FlowEntry of(Flow flow, RoleNames names, dev.portcullis.model.Product product) {
    String addresses = flow.peer().isZone()
        ? names.zoneAddresses(flow.peer().id())
        : names.componentAddresses(flow.peer().id());
    String peer = flow.peer().isZone() ? "zone " + flow.peer().id()
        : flow.isSelfPeer() ? "the other " + flow.peer().id() + " hosts" : "component " + flow.peer().id();
    String portVariable = null;
    List<String> ports = List.of();
    InstancesEntry instances = null;
    if (flow.instances() != null) {
      Instances i = flow.instances();
      String count = names.variable(i.variable());
      instances = new InstancesEntry(i.base(), Literals.yamlString(jinja(count)), i.maxCount(),
          Literals.yamlString(count));
    } else if (flow.portVariable() != null) {
      portVariable = names.variable(flow.portVariable());
      ports = List.of(Literals.yamlString(jinja(portVariable)));
    } else if (!flow.isIcmp()) {
      ports = flow.ports().stream().map(FlowEntry::ufwPort).map(Literals::yamlString).toList();
    }
    String protocolVariable = flow.protocolVariable() == null ? null : names.variable(flow.protocolVariable());
    List<String> transports = protocolVariable != null
        ? List.of(Literals.yamlString(jinja(protocolVariable)))
        : flow.transports().stream().map(Transport::lower).map(Literals::yamlString).toList();
    IcmpEntry icmp = null;
    if (flow.icmp() != null) {
      Icmp i = flow.icmp();
      icmp = new IcmpEntry(i.type(), i.code(), i.v6Type(), i.v6Code());
    }
    String enabled = flow.feature() == null ? "true" : Literals.yamlString(jinja(names.feature(flow.feature())));
    int serviceColumn = KEY_INDENT + "service: ".length();
    return new FlowEntry(
        Literals.yamlString(flow.id()),
        Literals.yamlString(flow.component()),
        YamlText.quoted(flow.service(), serviceColumn, KEY_INDENT + 2),
        YamlText.quoted(peer, KEY_INDENT + "peer: ".length(), KEY_INDENT + 2),
        Literals.yamlString(addresses),
        flow.isInbound(),
        flow.isOutbound(),
        enabled,
        transports,
        ports,
        instances,
        icmp,
        YamlText.quoted(jinja(addresses + "_ipv4"), KEY_INDENT + "ipv4: ".length(), KEY_INDENT + 2),
        YamlText.quoted(jinja(addresses + "_ipv6"), KEY_INDENT + "ipv6: ".length(), KEY_INDENT + 2),
        portVariable == null ? null : Literals.yamlString(portVariable),
        protocolVariable == null ? null : Literals.yamlString(protocolVariable));
  }

  /** {@code 5705} or {@code 5706:5707}, as ufw and iptables multiport write ranges. */
  static String ufwPort(PortRange range) {
    return range.isSingle() ? Integer.toString(range.from()) : range.from() + ":" + range.to();
  }

  private static String jinja(String variable) {
    return "{{ " + variable + " }}";
  }
}
