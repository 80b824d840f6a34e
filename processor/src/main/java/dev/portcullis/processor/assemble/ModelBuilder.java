package dev.portcullis.processor.assemble;

import dev.portcullis.annotations.Protocol;
import dev.portcullis.model.Component;
import dev.portcullis.model.Feature;
import dev.portcullis.model.Flow;
import dev.portcullis.model.Icmp;
import dev.portcullis.model.Instances;
import dev.portcullis.model.Peer;
import dev.portcullis.model.PortRange;
import dev.portcullis.model.Prerequisites;
import dev.portcullis.model.Product;
import dev.portcullis.model.SysctlSetting;
import dev.portcullis.model.Transport;
import dev.portcullis.model.Variable;
import dev.portcullis.model.VariableKind;
import dev.portcullis.model.Zone;
import dev.portcullis.processor.inspect.Definition;
import dev.portcullis.processor.inspect.Definition.FlowDecl;
import dev.portcullis.processor.inspect.Definition.InstancesDecl;
import dev.portcullis.processor.inspect.Definition.RangeDecl;
import dev.portcullis.processor.inspect.Located;
import dev.portcullis.processor.validate.Cidrs;
import dev.portcullis.processor.validate.HostNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Turns a validated {@link Definition} into the immutable, sorted {@link Product} model. Only
 * called when validation reported no error, so it may assume every reference resolves.
 */
public final class ModelBuilder {
  public Product build(Definition d) {
    List<Flow> flows = new ArrayList<>();
    TreeMap<String, Variable> variables = new TreeMap<>();
    for (FlowDecl decl : d.flows()) {
      for (Located<String> component : decl.components()) {
        flows.add(flow(decl, component.value()));
      }
      addVariables(decl, variables);
    }
    flows.sort(Comparator.comparing(Flow::component).thenComparing(Flow::id));
    return new Product(
        d.id(),
        d.title(),
        d.docs(),
        d.description(),
        d.type().getQualifiedName().toString(),
        d.components().stream().map(c -> new Component(c.id(), c.description(), values(c.podLabels())))
            .sorted(Comparator.comparing(Component::id)).toList(),
        d.zones().stream().map(z -> new Zone(z.id(), z.description(), Cidrs.canonical(values(z.ipv4()), false),
                Cidrs.canonical(values(z.ipv6()), true),
                z.isPublic(), z.localSubnet(), values(z.namespaceSelector()), HostNames.canonical(values(z.names()))))
            .sorted(Comparator.comparing(Zone::id)).toList(),
        d.features().stream().map(f -> new Feature(f.id(), f.description(), f.enabledByDefault()))
            .sorted(Comparator.comparing(Feature::id)).toList(),
        List.copyOf(variables.values()),
        flows,
        new Prerequisites(
            d.sysctls().stream().map(s -> new SysctlSetting(s.key(), s.value(), s.reason()))
                .sorted(Comparator.comparing(SysctlSetting::key)).toList(),
            d.allowOutgoing() == null ? null : d.allowOutgoing().reason(),
            d.allowForwarding() == null ? null : d.allowForwarding().reason()),
        d.notes(),
        values(d.podLabels()));
  }

  private static List<String> values(List<Located<String>> located) {
    return located.stream().map(Located::value).toList();
  }

  private static Flow flow(FlowDecl d, String component) {
    Peer peer = d.peerZone().isEmpty() ? Peer.component(d.peerComponent()) : Peer.zone(d.peerZone());
    Instances instances = d.instances().isEmpty() ? null : instances(d.instances().get(0));
    return new Flow(
        d.id(),
        d.service(),
        d.purpose(),
        component,
        peer,
        d.direction(),
        d.protocol(),
        transports(d.protocol()),
        ports(d, instances),
        d.protocol() == Protocol.ICMP ? Icmp.of(d.icmpType(), d.icmpCode()) : null,
        blankToNull(d.portVariable()),
        blankToNull(d.protocolVariable()),
        instances,
        blankToNull(d.feature()),
        d.constant() == null ? null : d.constant().getSimpleName().toString());
  }

  static List<Transport> transports(Protocol protocol) {
    return switch (protocol) {
      case TCP -> List.of(Transport.TCP);
      case UDP -> List.of(Transport.UDP);
      case TCP_UDP -> List.of(Transport.TCP, Transport.UDP);
      case ICMP -> List.of(Transport.ICMP);
      case SCTP -> List.of(Transport.SCTP);
    };
  }

  private static Instances instances(InstancesDecl i) {
    return new Instances(i.base(), i.defaultCount(), i.maxCount(), i.variable());
  }

  /** The declared ports, sorted, without repeats; an instance range at its default count. */
  private static List<PortRange> ports(FlowDecl d, Instances instances) {
    if (d.protocol() == Protocol.ICMP) {
      return List.of();
    }
    List<PortRange> ports = new ArrayList<>();
    if (d.constantValue() != null) {
      ports.add(PortRange.of(d.constantValue()));
    }
    d.ports().forEach(p -> ports.add(PortRange.of(p.value())));
    for (RangeDecl r : d.ranges()) {
      ports.add(new PortRange(r.from(), r.to()));
    }
    if (instances != null) {
      ports.add(instances.defaultRange());
    }
    return ports.stream().distinct().sorted().toList();
  }

  private static void addVariables(FlowDecl d, TreeMap<String, Variable> variables) {
    String what = d.service() + (d.purpose().isEmpty() ? "" : " (" + d.purpose() + ")");
    if (!d.portVariable().isEmpty()) {
      int port = d.constantValue() != null ? d.constantValue() : d.ports().get(0).value();
      // putIfAbsent: flows that share a variable agree on it (validated); the first declares it
      variables.putIfAbsent(d.portVariable(), new Variable(d.portVariable(), VariableKind.PORT, port, List.of(),
          1, 65535, "Port of " + what, d.id()));
    }
    if (!d.protocolVariable().isEmpty()) {
      variables.putIfAbsent(d.protocolVariable(), new Variable(d.protocolVariable(), VariableKind.PROTOCOL,
          d.protocol().name().toLowerCase(Locale.ROOT), List.of("tcp", "udp"), 0, 0,
          "Protocol (tcp or udp) of " + what, d.id()));
    }
    for (InstancesDecl i : d.instances()) {
      variables.put(i.variable(), new Variable(i.variable(), VariableKind.INSTANCE_COUNT, i.defaultCount(),
          List.of(), 1, i.maxCount(),
          "Number of " + d.service() + " instances; instance N listens on " + i.base() + "+N", d.id()));
    }
  }

  private static String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
