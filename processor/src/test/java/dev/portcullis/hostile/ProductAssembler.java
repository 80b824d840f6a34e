package dev.portcullis.hostile;

import dev.portcullis.annotations.Protocol;
import dev.portcullis.hostile.Blueprint.FlowBlueprint;
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
import dev.portcullis.processor.validate.Cidrs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Resolves a {@link Blueprint} into a model the processor would accept: unique ids, references
 * that resolve, ports only where the protocol has them, variables only on a single port, and no
 * two flows in conflict (the processor's flow-conflict error). Mirrors {@code ModelBuilder}: the
 * same sorting and the same derived variable descriptions.
 */
final class ProductAssembler {
  /** Where the generated definitions would live; the model's {@code sourceClass}. */
  static final String PACKAGE = "dev.portcullis.hostile.gen";

  private final UnaryOperator<String> text;

  private ProductAssembler(UnaryOperator<String> text) {
    this.text = text;
  }

  /** The product with its hostile texts. */
  static Product assemble(Blueprint blueprint) {
    return new ProductAssembler(UnaryOperator.identity()).build(blueprint);
  }

  /** The product with every text passed through {@code text} (see {@link Twins}). */
  static Product assemble(Blueprint blueprint, UnaryOperator<String> text) {
    return new ProductAssembler(text).build(blueprint);
  }

  /** {@code Product} for {@code brickstor_sp}, the simple name of the definition class. */
  static String className(String productId) {
    StringBuilder out = new StringBuilder("Product");
    for (String part : productId.split("_")) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }

  private Product build(Blueprint b) {
    List<Component> components = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (Blueprint.Named c : b.components()) {
      components.add(new Component(unique(c.id(), taken, "c"), text.apply(c.description())));
    }
    List<Zone> zones = new ArrayList<>();
    taken.clear();
    for (Blueprint.ZoneBlueprint z : b.zones()) {
      boolean world = z.ipv4().stream().anyMatch(c -> c.endsWith("/0")) || z.ipv6().stream().anyMatch(c -> c.endsWith("/0"));
      zones.add(new Zone(unique(z.id(), taken, "z"), text.apply(z.description()),
          Cidrs.canonical(z.ipv4(), false), Cidrs.canonical(z.ipv6(), true),
          z.isPublic() || world, z.localSubnet(), z.namespaceSelector()));
    }
    List<Feature> features = new ArrayList<>();
    taken.clear();
    for (Blueprint.FeatureBlueprint f : b.features()) {
      features.add(new Feature(unique(f.id(), taken, "f"), text.apply(f.description()), f.enabledByDefault()));
    }

    List<Flow> flows = new ArrayList<>();
    TreeMap<String, Variable> variables = new TreeMap<>();
    Set<String> flowIds = new HashSet<>();
    for (FlowBlueprint fb : b.flows()) {
      String id = unique(fb.id(), flowIds, "flow");
      List<Flow> candidates = flows(fb, id, components, zones, features, variables.keySet());
      if (candidates.stream().anyMatch(c -> flows.stream().anyMatch(kept -> Conflicts.conflict(kept, c)))) {
        flowIds.remove(id);
        continue;
      }
      flows.addAll(candidates);
      variables(fb, candidates.get(0)).forEach(v -> variables.put(v.name(), v));
    }
    flows.sort(Comparator.comparing(Flow::component).thenComparing(Flow::id));

    TreeMap<String, SysctlSetting> sysctls = new TreeMap<>();
    for (Blueprint.Sysctl s : b.prerequisites().sysctls()) {
      sysctls.putIfAbsent(s.key(), new SysctlSetting(s.key(), s.value(), text.apply(s.reason())));
    }
    components.sort(Comparator.comparing(Component::id));
    zones.sort(Comparator.comparing(Zone::id));
    features.sort(Comparator.comparing(Feature::id));
    return new Product(
        b.head().id(),
        text.apply(b.head().title()),
        text.apply(b.head().docs()),
        text.apply(b.head().description()),
        PACKAGE + "." + className(b.head().id()),
        components, zones, features, List.copyOf(variables.values()), flows,
        new Prerequisites(List.copyOf(sysctls.values()), text.apply(b.prerequisites().outgoingReason()),
            text.apply(b.prerequisites().forwardingReason())),
        b.head().notes().stream().map(text).toList());
  }

  /** One model flow per component the blueprint names. */
  private List<Flow> flows(FlowBlueprint fb, String id, List<Component> components, List<Zone> zones,
      List<Feature> features, Set<String> variablesTaken) {
    Blueprint.Wiring w = fb.wiring();
    List<String> on = new ArrayList<>();
    for (int i = 0; i < components.size(); i++) {
      if ((w.componentMask() & (1 << i)) != 0) {
        on.add(components.get(i).id());
      }
    }
    if (on.isEmpty()) {
      on.add(components.get(w.componentMask() % components.size()).id());
    }
    Peer peer = (w.peerPick() % 2 == 0 || zones.isEmpty())
        ? Peer.component(components.get((w.peerPick() / 2) % components.size()).id())
        : Peer.zone(zones.get((w.peerPick() / 2) % zones.size()).id());
    String feature = w.featurePick() < 0 || features.isEmpty() ? null : features.get(w.featurePick() % features.size()).id();

    Blueprint.Ports p = fb.ports();
    Protocol protocol = p.protocol();
    boolean icmp = protocol == Protocol.ICMP;
    Blueprint.Ports.Kind kind = icmp ? null : p.kind();
    List<PortRange> ports = new ArrayList<>();
    Instances instances = null;
    String constant = null;
    String portVariable = null;
    Set<String> names = new HashSet<>(variablesTaken);
    if (kind == Blueprint.Ports.Kind.SINGLE) {
      ports.add(PortRange.of(p.singles().get(0)));
      constant = fb.knobs().onConstant() ? id.toUpperCase(Locale.ROOT) : null;
      portVariable = fb.knobs().portVariable() == null ? null : unique(fb.knobs().portVariable(), names, "port_var");
    } else if (kind == Blueprint.Ports.Kind.LIST) {
      p.singles().forEach(port -> ports.add(PortRange.of(port)));
    } else if (kind == Blueprint.Ports.Kind.RANGES) {
      p.ranges().forEach(r -> ports.add(new PortRange(r[0], r[1])));
      if (p.singles().size() > 1) {
        ports.add(PortRange.of(p.singles().get(0)));
      }
    } else if (kind == Blueprint.Ports.Kind.INSTANCES) {
      Blueprint.Instances i = p.instances();
      instances = new Instances(i.base(), i.defaultCount(), i.maxCount(), unique(i.variable(), names, "count_var"));
      ports.add(instances.defaultRange());
    }
    String protocolVariable = (protocol == Protocol.TCP || protocol == Protocol.UDP) && fb.knobs().protocolVariable() != null
        ? unique(fb.knobs().protocolVariable(), names, "protocol_var")
        : null;
    List<PortRange> sorted = ports.stream().distinct().sorted().toList();
    List<Flow> result = new ArrayList<>();
    for (String component : on) {
      result.add(new Flow(id, text.apply(fb.service()), text.apply(fb.purpose()), component, peer,
          w.direction(), protocol, transports(protocol), sorted,
          icmp ? Icmp.of(p.icmpType(), p.icmpCode()) : null,
          portVariable, protocolVariable, instances, feature, constant));
    }
    return result;
  }

  /** The variables a flow declares, described as {@code ModelBuilder} describes them. */
  private static List<Variable> variables(FlowBlueprint fb, Flow flow) {
    String what = flow.service() + (flow.purpose().isEmpty() ? "" : " (" + flow.purpose() + ")");
    List<Variable> result = new ArrayList<>();
    if (flow.portVariable() != null) {
      result.add(new Variable(flow.portVariable(), VariableKind.PORT, flow.ports().get(0).from(), List.of(),
          1, 65535, "Port of " + what, flow.id()));
    }
    if (flow.protocolVariable() != null) {
      result.add(new Variable(flow.protocolVariable(), VariableKind.PROTOCOL,
          flow.protocol().name().toLowerCase(Locale.ROOT), List.of("tcp", "udp"), 0, 0,
          "Protocol (tcp or udp) of " + what, flow.id()));
    }
    Instances i = flow.instances();
    if (i != null) {
      result.add(new Variable(i.variable(), VariableKind.INSTANCE_COUNT, i.defaultCount(), List.of(), 1, i.maxCount(),
          "Number of " + flow.service() + " instances; instance N listens on " + i.base() + "+N", flow.id()));
    }
    return result;
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

  /** {@code wanted} if free, else {@code prefix0}, {@code prefix1}...; records the choice. */
  private static String unique(String wanted, Set<String> taken, String prefix) {
    String id = wanted;
    for (int n = 0; !taken.add(id); n++) {
      id = prefix + n;
    }
    return id;
  }
}
