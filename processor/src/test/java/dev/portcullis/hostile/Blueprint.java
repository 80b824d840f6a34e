package dev.portcullis.hostile;

import dev.portcullis.annotations.Direction;
import dev.portcullis.annotations.Protocol;
import java.util.List;

/**
 * The random choices behind one product, each drawn independently (references are indices taken
 * modulo what exists) so jqwik can shrink every part on its own; {@link ProductAssembler} turns
 * a blueprint into a valid model.
 */
record Blueprint(
    Head head,
    List<Named> components,
    List<ZoneBlueprint> zones,
    List<FeatureBlueprint> features,
    List<FlowBlueprint> flows,
    Prerequisites prerequisites) {

  /** The product's own fields. */
  record Head(String id, String title, String docs, String description, List<String> notes) {}

  /** A component: id and description. */
  record Named(String id, String description) {}

  record ZoneBlueprint(String id, String description, List<String> ipv4, List<String> ipv6,
      boolean isPublic, boolean localSubnet, List<String> namespaceSelector) {}

  record FeatureBlueprint(String id, String description, boolean enabledByDefault) {}

  /** Prerequisites; a null reason means "not required". */
  record Prerequisites(List<Sysctl> sysctls, String outgoingReason, String forwardingReason) {}

  record Sysctl(String key, String value, String reason) {}

  /** One {@code @Flow}: may sit on several components (one model flow each). */
  record FlowBlueprint(
      String id, String service, String purpose, Wiring wiring, Ports ports, Knobs knobs) {}

  /**
   * Who talks to whom. {@code componentMask} picks the flow's components (bit i = component i,
   * modulo; never empty), {@code peerPick} a component (even) or a zone (odd), {@code featurePick}
   * a feature or none (negative).
   */
  record Wiring(int componentMask, int peerPick, Direction direction, int featurePick) {}

  /** The port structure: the protocol decides which of the other fields count. */
  record Ports(Protocol protocol, Kind kind, List<Integer> singles, List<int[]> ranges,
      Instances instances, int icmpType, int icmpCode) {
    enum Kind {
      /** One port, possibly on a constant and possibly configurable. */
      SINGLE,
      /** Several single ports (more than 15 exceeds a multiport rule). */
      LIST,
      /** Ranges, possibly with single ports. */
      RANGES,
      /** Instance-numbered ports. */
      INSTANCES
    }
  }

  record Instances(int base, int defaultCount, int maxCount, String variable) {}

  /** Optional configurability: names are used only where the port structure allows them. */
  record Knobs(String portVariable, String protocolVariable, boolean onConstant) {}
}
