package dev.portcullis.format.ansible;

import dev.portcullis.model.Icmp;
import dev.portcullis.model.PortRange;
import dev.portcullis.plan.PlannedRule;
import dev.portcullis.plan.PortSpec;
import dev.portcullis.render.Literals;
import java.util.List;

/**
 * One rule of the role's rule table (vars/main.yml), from one {@link PlannedRule}, every value
 * already a YAML literal. Variables are named, never referenced: the filter reads their values
 * from the role's variable table, where each is checked once.
 *
 * @param ports the plan's merged spans in ufw's {@code a:b} form, empty unless the ports are fixed
 * @param portVariable the variable that moves the one port, or null
 * @param instances the instance numbering, or null
 * @param icmp the ICMP type and code, or null
 * @param feature the feature variable that gates the rule, or null
 */
record RuleEntry(
    String component,
    String direction,
    String peer,
    String addresses,
    String protocol,
    String protocolVariable,
    List<String> ports,
    String portVariable,
    InstancesEntry instances,
    IcmpEntry icmp,
    String feature,
    List<String> flows) {
  /** Where the entry's keys start (a list item of a top-level key). */
  static final int KEY_INDENT = 4;

  RuleEntry {
    ports = List.copyOf(ports);
    flows = List.copyOf(flows);
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

  public boolean hasFeature() {
    return feature != null;
  }

  /** {@code base} and the count variable's name: instance N listens on base + N. */
  record InstancesEntry(int base, String variable) {}

  /** IPv4 type/code and the ICMPv6 counterpart ({@code -2} when there is none). */
  record IcmpEntry(int type, int code, int v6Type, int v6Code) {}

  static RuleEntry of(PlannedRule rule, RoleNames names) {
    String addresses = rule.peer().isZone()
        ? names.zoneAddresses(rule.peer().id())
        : names.componentAddresses(rule.peer().id());
    String peer = (rule.peer().isZone() ? "zone " : "component ") + rule.peer().id();
    List<String> ports = List.of();
    String portVariable = null;
    InstancesEntry instances = null;
    PortSpec spec = rule.ports();
    if (spec instanceof PortSpec.Fixed fixed) {
      ports = fixed.ranges().stream().map(RuleEntry::ufwPort).map(Literals::yamlString).toList();
    } else if (spec instanceof PortSpec.Configurable configurable) {
      portVariable = Literals.yamlString(names.variable(configurable.variable()));
    } else if (spec instanceof PortSpec.Numbered numbered) {
      instances = new InstancesEntry(numbered.base(), Literals.yamlString(names.variable(numbered.variable())));
    }
    IcmpEntry icmp = null;
    if (rule.icmp() != null) {
      Icmp i = rule.icmp();
      icmp = new IcmpEntry(i.type(), i.code(), i.v6Type(), i.v6Code());
    }
    return new RuleEntry(
        Literals.yamlString(rule.component()),
        rule.direction().lower(),
        Literals.yamlString(peer),
        Literals.yamlString(addresses),
        Literals.yamlString(rule.protocol().transport().lower()),
        rule.protocol().isVariable() ? Literals.yamlString(names.variable(rule.protocol().variable())) : null,
        ports,
        portVariable,
        instances,
        icmp,
        rule.feature() == null ? null : Literals.yamlString(names.feature(rule.feature())),
        rule.flows().stream().map(Literals::yamlString).toList());
  }

  /** {@code 5705} or {@code 5706:5707}, as ufw and iptables multiport write ranges. */
  static String ufwPort(PortRange range) {
    return range.isSingle() ? Integer.toString(range.from()) : range.from() + ":" + range.to();
  }
}
