package dev.portcullis.format.kubernetes;

import dev.portcullis.model.Flow;
import dev.portcullis.model.PortRange;
import dev.portcullis.model.Product;
import dev.portcullis.model.Transport;
import dev.portcullis.model.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rules one component needs for one group of flows (the always-on flows, or one feature's).
 * Every pod-to-pod flow appears twice: as ingress on the listening component and as egress on
 * the dialing one, because Kubernetes lets traffic pass only when both ends allow it. Adjacent or
 * overlapping ports to the same peers share one entry ({@link PortMerger}).
 */
final class RuleBuilder {
  private final Product product;
  private final Naming naming;
  private final Map<String, List<PolicyPeer>> zonePeers = new TreeMap<>();
  /** Zones without defaults that a flow needed, for the build warning. */
  private final Set<String> emptyZonesUsed = new TreeSet<>();

  RuleBuilder(Product product, Naming naming) {
    this.product = product;
    this.naming = naming;
    for (Zone zone : product.zones()) {
      zonePeers.put(zone.id(), ZonePeers.of(zone));
    }
  }

  /** Ingress rules of {@code component} from the flows of {@code feature} (null: always-on flows). */
  List<PolicyRule> ingress(String component, String feature) {
    List<PolicyRule> rules = new ArrayList<>();
    for (Flow flow : flows(feature)) {
      if (flow.component().equals(component) && (flow.isInbound() || flow.isSelfPeer())) {
        rules.add(rule(flow, peersOf(flow)));
      }
    }
    for (Flow flow : flows(feature)) {
      if (isPeerComponent(flow, component) && flow.isOutbound()) {
        rules.add(rule(flow, List.of(PolicyPeer.pods(naming.componentPods(flow.component())))));
      }
    }
    return PortMerger.merge(rules);
  }

  /** Egress rules of {@code component} from the flows of {@code feature} (without DNS). */
  List<PolicyRule> egress(String component, String feature) {
    List<PolicyRule> rules = new ArrayList<>();
    for (Flow flow : flows(feature)) {
      if (flow.component().equals(component) && (flow.isOutbound() || flow.isSelfPeer())) {
        rules.add(rule(flow, peersOf(flow)));
      }
    }
    for (Flow flow : flows(feature)) {
      if (isPeerComponent(flow, component) && flow.isInbound()) {
        rules.add(rule(flow, List.of(PolicyPeer.pods(naming.componentPods(flow.component())))));
      }
    }
    return PortMerger.merge(rules);
  }

  /** Comment lines for the ICMP flows {@code component} owns in this group. */
  List<String> icmpNotes(String component, String feature) {
    List<String> lines = new ArrayList<>();
    for (Flow flow : product.flows()) {
      if (flow.isIcmp() && flow.component().equals(component) && Objects.equals(flow.feature(), feature)) {
        lines.addAll(FlowText.icmp(flow, product));
      }
    }
    return lines;
  }

  Set<String> emptyZonesUsed() {
    return emptyZonesUsed;
  }

  /** Whether any flow that NetworkPolicy can express goes out of a pod (egress must be isolated). */
  boolean anyOutbound() {
    return product.flows().stream().anyMatch(f -> !f.isIcmp() && f.isOutbound());
  }

  private List<Flow> flows(String feature) {
    return product.flows().stream()
        .filter(f -> !f.isIcmp() && Objects.equals(f.feature(), feature))
        .toList();
  }

  private static boolean isPeerComponent(Flow flow, String component) {
    return flow.peer().isComponent() && flow.peer().id().equals(component) && !flow.isSelfPeer();
  }

  private List<PolicyPeer> peersOf(Flow flow) {
    if (flow.peer().isComponent()) {
      return List.of(PolicyPeer.pods(naming.componentPods(flow.peer().id())));
    }
    List<PolicyPeer> peers = zonePeers.getOrDefault(flow.peer().id(), List.of());
    if (peers.isEmpty()) {
      emptyZonesUsed.add(flow.peer().id());
    }
    return peers;
  }

  private PolicyRule rule(Flow flow, List<PolicyPeer> peers) {
    List<String> comments = new ArrayList<>(FlowText.describe(flow, product));
    if (peers.isEmpty()) {
      comments.add(FlowText.line("NO RULE: zone '" + flow.peer().id() + "' has no default CIDRs;"
          + " add its addresses with a kustomize patch (see README.md)"));
      return PolicyRule.commentOnly(comments);
    }
    return new PolicyRule(comments, peers, ports(flow));
  }

  private static List<PolicyPort> ports(Flow flow) {
    List<PolicyPort> ports = new ArrayList<>();
    for (Transport transport : flow.transports()) {
      if (transport == Transport.ICMP) {
        continue;
      }
      for (PortRange range : flow.ports()) {
        ports.add(new PolicyPort(transport, range.from(), range.to()));
      }
    }
    return ports;
  }
}
