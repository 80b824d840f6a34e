package dev.portcullis.processor.validate;

import dev.portcullis.annotations.Protocol;
import dev.portcullis.diagnostics.Message;
import dev.portcullis.processor.inspect.Definition;
import dev.portcullis.processor.inspect.Definition.FlowDecl;
import dev.portcullis.processor.inspect.Definition.InstancesDecl;
import dev.portcullis.processor.inspect.Definition.RangeDecl;
import dev.portcullis.processor.inspect.Definition.SysctlDecl;
import dev.portcullis.processor.inspect.Definition.ZoneDecl;
import dev.portcullis.processor.inspect.Located;
import dev.portcullis.processor.inspect.Site;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one definition against every rule a target relies on, reporting each problem on the
 * value it is about. Flow overlaps are checked by {@link FlowOverlapCheck} once flows are sound.
 */
public final class DefinitionValidator {
  private static final Pattern SYSCTL_KEY = Pattern.compile("[a-z0-9_]+(\\.[a-zA-Z0-9_-]+)+");

  private final Reporter reporter;

  public DefinitionValidator(Reporter reporter) {
    this.reporter = reporter;
  }

  public void validate(Definition d) {
    checkId("product", d.id(), d.site(), "id", Ids.MAX_NAME_ID);
    if (d.components().isEmpty()) {
      reporter.report(Message.NO_COMPONENTS, d.site(), "id", d.id());
    }
    if (d.flows().isEmpty()) {
      reporter.report(Message.NO_FLOWS, d.site(), "id", d.id());
    }
    Set<String> components = declared("component", d, d.components().stream()
        .map(c -> new Named(c.id(), c.site())).toList());
    Set<String> zones = declared("zone", d, d.zones().stream().map(z -> new Named(z.id(), z.site())).toList());
    Set<String> features = declared("feature", d, d.features().stream()
        .map(f -> new Named(f.id(), f.site())).toList());
    d.zones().forEach(this::checkZone);
    Map<String, FlowDecl> flowIds = new HashMap<>();
    Map<String, VariableClaim> variables = new HashMap<>();
    for (FlowDecl flow : d.flows()) {
      checkId("flow", flow.id(), flow.site(), "id", Ids.MAX_FLOW_ID);
      FlowDecl earlier = flowIds.putIfAbsent(flow.id(), flow);
      if (earlier != null) {
        reporter.report(Message.DUPLICATE_ID, flow.site(), "id", "flow", flow.id(), d.id());
      }
      checkReferences(flow, components, zones, features);
      checkPorts(flow);
      checkVariables(flow, variables);
    }
    for (SysctlDecl sysctl : d.sysctls()) {
      if (!SYSCTL_KEY.matcher(sysctl.key()).matches()) {
        reporter.report(Message.INVALID_SYSCTL, sysctl.site(), "key", sysctl.key());
      }
    }
  }

  private record Named(String id, Site site) {}

  private Set<String> declared(String kind, Definition d, java.util.List<Named> items) {
    Set<String> ids = new LinkedHashSet<>();
    for (Named item : items) {
      checkId(kind, item.id(), item.site(), "id", Ids.MAX_NAME_ID);
      if (!ids.add(item.id())) {
        reporter.report(Message.DUPLICATE_ID, item.site(), "id", kind, item.id(), d.id());
      }
    }
    return ids;
  }

  private void checkId(String kind, String id, Site site, String attribute, int max) {
    if (!Ids.isValid(id, max)) {
      reporter.report(Message.INVALID_ID, site, attribute, kind, id, max, Ids.reason(max));
    }
  }

  private void checkZone(ZoneDecl zone) {
    for (Located<String> cidr : zone.ipv4()) {
      checkCidr(zone, cidr, Cidrs.parseV4(cidr.value()), 4);
    }
    for (Located<String> cidr : zone.ipv6()) {
      checkCidr(zone, cidr, Cidrs.parseV6(cidr.value()), 6);
    }
    for (Located<String> name : zone.names()) {
      HostNames.problem(name.value()).ifPresent(problem ->
          reporter.report(Message.INVALID_HOST_NAME, zone.site(), name.source(), zone.id(), name.value(), problem));
    }
  }

  private void checkCidr(ZoneDecl zone, Located<String> text, Cidrs.Result result, int family) {
    if (result.cidr().isEmpty()) {
      reporter.report(Message.INVALID_CIDR, zone.site(), text.source(), text.value(), family, result.error());
      return;
    }
    Cidrs.Cidr cidr = result.cidr().get();
    if (cidr.hasHostBits()) {
      reporter.report(Message.CIDR_HOST_BITS, zone.site(), text.source(), text.value(), cidr.networkText());
    } else if (cidr.prefix() == 0 && !zone.isPublic()) {
      reporter.report(Message.PUBLIC_CIDR_NOT_PUBLIC, zone.site(), text.source(), zone.id(), text.value());
    }
  }

  private void checkReferences(FlowDecl flow, Set<String> components, Set<String> zones, Set<String> features) {
    Set<String> listed = new HashSet<>();
    for (Located<String> component : flow.components()) {
      if (!listed.add(component.value())) {
        reporter.report(Message.COMPONENT_REPEATED, flow.site(), component.source(), flow.id(), component.value());
      } else if (!components.contains(component.value())) {
        reporter.report(Message.UNKNOWN_COMPONENT, flow.site(), component.source(), component.value(),
            Ids.didYouMean(component.value(), components));
      }
    }
    if (flow.components().isEmpty()) {
      reporter.report(Message.UNKNOWN_COMPONENT, flow.site(), "component", "", " (component is empty)");
    }
    boolean hasComponent = !flow.peerComponent().isEmpty();
    boolean hasZone = !flow.peerZone().isEmpty();
    if (hasComponent && hasZone) {
      reporter.report(Message.PEER_BOTH, flow.site(), "peerZone", flow.id(), flow.peerComponent(), flow.peerZone());
    } else if (!hasComponent && !hasZone) {
      reporter.report(Message.PEER_MISSING, flow.site(), "id", flow.id());
    } else if (hasComponent && !components.contains(flow.peerComponent())) {
      reporter.report(Message.UNKNOWN_COMPONENT, flow.site(), "peerComponent", flow.peerComponent(),
          Ids.didYouMean(flow.peerComponent(), components));
    } else if (hasZone && !zones.contains(flow.peerZone())) {
      reporter.report(Message.UNKNOWN_ZONE, flow.site(), "peerZone", flow.peerZone(),
          Ids.didYouMean(flow.peerZone(), zones));
    }
    if (!flow.feature().isEmpty() && !features.contains(flow.feature())) {
      reporter.report(Message.UNKNOWN_FEATURE, flow.site(), "feature", flow.feature(),
          Ids.didYouMean(flow.feature(), features));
    }
  }

  private void checkPorts(FlowDecl flow) {
    boolean onConstant = flow.constant() != null;
    boolean declaresPorts = !flow.ports().isEmpty() || !flow.ranges().isEmpty();
    if (onConstant && flow.constantValue() == null) {
      reporter.report(Message.CONSTANT_NOT_INT, flow.site(), (String) null, flow.constant().getSimpleName());
      return;
    }
    if (onConstant && (declaresPorts || !flow.instances().isEmpty())) {
      reporter.report(Message.CONSTANT_WITH_PORTS, flow.site(), portsAttribute(flow),
          flow.id(), flow.constant().getSimpleName());
      return;
    }
    if (flow.protocol() == Protocol.ICMP) {
      if (onConstant || declaresPorts || !flow.instances().isEmpty()) {
        reporter.report(Message.ICMP_PORTS, flow.site(), onConstant ? "protocol" : portsAttribute(flow), flow.id());
      }
      checkIcmp(flow, "icmpType", flow.icmpType());
      checkIcmp(flow, "icmpCode", flow.icmpCode());
      return;
    }
    if (flow.icmpType() != -1 || flow.icmpCode() != -1) {
      reporter.report(Message.ICMP_ONLY, flow.site(), flow.icmpType() != -1 ? "icmpType" : "icmpCode",
          flow.id(), flow.protocol());
    }
    if (onConstant) {
      checkPort(flow, flow.constantValue(), null);
      return;
    }
    if (!flow.instances().isEmpty()) {
      if (declaresPorts) {
        reporter.report(Message.PORTS_AND_INSTANCES, flow.site(), "instances", flow.id());
      }
      flow.instances().forEach(i -> checkInstances(flow, i));
      return;
    }
    if (!declaresPorts) {
      reporter.report(Message.EMPTY_PORTS, flow.site(), "id", flow.id());
    }
    for (Located<Integer> port : flow.ports()) {
      checkPort(flow, port.value(), port);
    }
    for (RangeDecl range : flow.ranges()) {
      if (range.from() < 1 || range.from() > 65535) {
        reporter.report(Message.PORT_RANGE, range.site(), "from", range.from());
      } else if (range.to() < 1 || range.to() > 65535) {
        reporter.report(Message.PORT_RANGE, range.site(), "to", range.to());
      } else if (range.from() > range.to()) {
        reporter.report(Message.RANGE_REVERSED, range.site(), "to", range.from(), range.to(), range.to(), range.from());
      }
    }
  }

  /** The attribute that declares the flow's ports, for placing a message about them. */
  private static String portsAttribute(FlowDecl flow) {
    if (!flow.ports().isEmpty()) {
      return "ports";
    }
    return flow.ranges().isEmpty() ? "instances" : "ranges";
  }

  private void checkPort(FlowDecl flow, int port, Located<Integer> where) {
    if (port >= 1 && port <= 65535) {
      return;
    }
    Message message = flow.portVariable().isEmpty() ? Message.PORT_RANGE : Message.VARIABLE_DEFAULT_RANGE;
    Object[] args = flow.portVariable().isEmpty() ? new Object[] {port} : new Object[] {flow.portVariable(), port};
    if (where != null) {
      reporter.report(message, flow.site(), where.source(), args);
    } else {
      reporter.report(message, flow.site(), (String) null, args);
    }
  }

  private void checkIcmp(FlowDecl flow, String attribute, int value) {
    if (value < -1 || value > 255) {
      reporter.report(Message.ICMP_TYPE_RANGE, flow.site(), attribute, attribute.equals("icmpType") ? "type" : "code", value);
    }
  }

  private void checkInstances(FlowDecl flow, InstancesDecl instances) {
    if (flow.instances().size() > 1) {
      reporter.report(Message.INSTANCES_INVALID, instances.site(), (String) null, flow.id(), "give one @Instances");
    } else if (instances.base() < 0 || instances.base() > 65534) {
      reporter.report(Message.INSTANCES_INVALID, instances.site(), "base", flow.id(), "base must be 0-65534");
    } else if (instances.defaultCount() < 1 || instances.defaultCount() > instances.maxCount()) {
      reporter.report(Message.INSTANCES_INVALID, instances.site(), "defaultCount", flow.id(),
          "defaultCount must be 1-" + instances.maxCount());
    } else if (instances.base() + instances.maxCount() > 65535) {
      reporter.report(Message.INSTANCES_INVALID, instances.site(), "maxCount", flow.id(),
          "instance " + instances.maxCount() + " would listen on " + (instances.base() + instances.maxCount()));
    } else if (!Ids.isValid(instances.variable(), Ids.MAX_FLOW_ID)) {
      reporter.report(Message.INVALID_ID, instances.site(), "variable", "variable", instances.variable(), Ids.MAX_FLOW_ID,
          Ids.FLOW_ID_REASON);
    }
  }

  /** What a flow declares instead of the one port a variable can move, in the message's words. */
  private static String declaredPorts(FlowDecl flow, int ports) {
    if (!flow.instances().isEmpty()) {
      return "instance-numbered ports";
    }
    if (ports == 0) {
      return flow.protocol() == Protocol.ICMP ? "no port (it is ICMP)" : "no port";
    }
    return flow.ranges().isEmpty() ? "several ports" : "a range";
  }

  private void checkVariables(FlowDecl flow, Map<String, VariableClaim> variables) {
    if (!flow.portVariable().isEmpty()) {
      checkId("variable", flow.portVariable(), flow.site(), "portVariable", Ids.MAX_FLOW_ID);
      int ports = flow.ports().size() + flow.ranges().size() * 2 + (flow.constant() != null ? 1 : 0);
      boolean single = flow.instances().isEmpty() && flow.ranges().isEmpty() && ports == 1;
      if (!single) {
        reporter.report(Message.VARIABLE_NEEDS_SINGLE_PORT, flow.site(), "portVariable", flow.portVariable(),
            flow.id(), declaredPorts(flow, ports));
      }
      Object port = flow.constantValue() != null ? flow.constantValue()
          : flow.ports().isEmpty() ? null : flow.ports().get(0).value();
      claim(flow.portVariable(), new VariableClaim(flow, "port", port), "portVariable", variables);
    }
    if (!flow.protocolVariable().isEmpty()) {
      checkId("variable", flow.protocolVariable(), flow.site(), "protocolVariable", Ids.MAX_FLOW_ID);
      if (flow.protocol() != Protocol.TCP && flow.protocol() != Protocol.UDP) {
        reporter.report(Message.VARIABLE_PROTOCOL, flow.site(), "protocolVariable", flow.protocolVariable(),
            flow.id(), flow.protocol());
      }
      claim(flow.protocolVariable(), new VariableClaim(flow, "protocol", flow.protocol()), "protocolVariable",
          variables);
    }
    for (InstancesDecl instances : flow.instances()) {
      if (variables.containsKey(instances.variable())) {
        reporter.report(Message.DUPLICATE_VARIABLE, instances.site(), "variable", instances.variable(),
            variables.get(instances.variable()).owner().id(), flow.id());
      }
      // an instance count is never shared: each instance-numbered flow counts its own instances
      variables.putIfAbsent(instances.variable(), new VariableClaim(flow, "instances", null));
    }
  }

  /** Who declared a variable first, and what it holds; a later flow may share it only if both agree. */
  private record VariableClaim(FlowDecl owner, String kind, Object defaultValue) {
    boolean agreesWith(VariableClaim other) {
      return !kind.equals("instances") && kind.equals(other.kind) && java.util.Objects.equals(defaultValue,
          other.defaultValue);
    }
  }

  /**
   * Several flows may name one port or protocol variable (one StoreGrid port opened to servers and
   * to clients): moving it must move every rule, so they share it when they agree on its default.
   */
  private void claim(String name, VariableClaim claim, String attribute, Map<String, VariableClaim> variables) {
    VariableClaim first = variables.putIfAbsent(name, claim);
    if (first != null && !first.agreesWith(claim)) {
      reporter.report(Message.DUPLICATE_VARIABLE, claim.owner().site(), attribute, name, first.owner().id(),
          claim.owner().id());
    }
  }
}
