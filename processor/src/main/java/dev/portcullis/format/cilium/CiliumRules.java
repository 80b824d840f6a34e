package dev.portcullis.format.cilium;

import dev.portcullis.format.cilium.CiliumView.Expression;
import dev.portcullis.format.cilium.CiliumView.Fqdn;
import dev.portcullis.format.cilium.CiliumView.IcmpField;
import dev.portcullis.format.cilium.CiliumView.Port;
import dev.portcullis.format.cilium.CiliumView.PortGroup;
import dev.portcullis.format.cilium.CiliumView.Rule;
import dev.portcullis.format.cilium.CiliumView.Selector;
import dev.portcullis.format.kubernetes.CommentLines;
import dev.portcullis.format.kubernetes.FlowText;
import dev.portcullis.format.kubernetes.Label;
import dev.portcullis.format.kubernetes.Naming;
import dev.portcullis.format.kubernetes.RuleBuilder;
import dev.portcullis.model.Flow;
import dev.portcullis.model.Icmp;
import dev.portcullis.model.PortRange;
import dev.portcullis.model.Product;
import dev.portcullis.model.Zone;
import dev.portcullis.plan.PlannedRule;
import dev.portcullis.plan.RuleDirection;
import dev.portcullis.plan.RulePeer;
import dev.portcullis.plan.RulePlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the plan's rules of one component, direction and feature as CiliumNetworkPolicy rules:
 * per peer, one rule for its ports ({@code toPorts}, at most 40 ports an entry) and one for its
 * ICMP types ({@code icmps}). A component is {@code from/toEndpoints} by its labels; a zone is
 * {@code from/toCIDRSet} for its CIDRs, {@code toEndpoints} of the pods of its namespaces, and
 * {@code toFQDNs} for its host names (egress only: Cilium has no {@code fromFQDNs}). What cannot
 * be written is a comment. Nothing is resolved or merged here: the plan did that.
 */
final class CiliumRules {
  /** Cilium's limit on the ports of one {@code toPorts} entry. */
  static final int MAX_PORTS = 40;
  static final String NAMESPACE_KEY = "k8s:io.kubernetes.pod.namespace";
  static final String NAMESPACE_LABELS_PREFIX = "k8s:io.cilium.k8s.namespace.labels.";
  /** The namespace label Kubernetes sets on every namespace: Cilium's namespace key says the same. */
  static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

  private final RulePlan plan;
  private final Product product;
  private final Naming naming;
  private final RuleBuilder flows;

  CiliumRules(RulePlan plan, Naming naming) {
    this.plan = plan;
    this.product = plan.product();
    this.naming = naming;
    this.flows = new RuleBuilder(plan, naming);
  }

  /** The rules of {@code component} in {@code direction} gated by {@code feature} (null: always on). */
  List<Rule> rules(String component, RuleDirection direction, String feature) {
    Map<RulePeer, List<PlannedRule>> byPeer = new LinkedHashMap<>();
    for (PlannedRule rule : plan.rulesOf(component, direction, feature)) {
      byPeer.computeIfAbsent(rule.peer(), k -> new ArrayList<>()).add(rule);
    }
    boolean ingress = direction == RuleDirection.INGRESS;
    List<Rule> rules = new ArrayList<>();
    for (Map.Entry<RulePeer, List<PlannedRule>> e : byPeer.entrySet()) {
      List<PlannedRule> ports = e.getValue().stream().filter(r -> !r.protocol().isIcmp()).toList();
      List<PlannedRule> icmp = e.getValue().stream().filter(r -> r.protocol().isIcmp()).toList();
      List<Peer> peers = peers(e.getKey(), ingress);
      if (!ports.isEmpty()) {
        rules.addAll(withPeers(peers, describe(ports), portGroups(ports), List.of(), e.getKey(), ingress));
      }
      if (!icmp.isEmpty()) {
        List<String> comments = new ArrayList<>(describe(icmp));
        List<IcmpField> fields = new ArrayList<>();
        for (PlannedRule r : icmp) {
          Icmp i = r.icmp();
          if (i.type() == Icmp.ANY) {
            comments.add("NOT ENFORCED: " + FlowText.icmpText(i) + ": Cilium's icmps match one type each,"
                + " not every type; allow it in a policy of your own if you need it");
            continue;
          }
          fields.add(new IcmpField(i.type(), "IPv4"));
          if (i.hasV6()) {
            fields.add(new IcmpField(i.v6Type(), "IPv6"));
          }
          if (i.code() != Icmp.ANY || (i.hasV6() && i.v6Code() != Icmp.ANY)) {
            comments.add("Cilium matches ICMP types, not codes: every code of the type is allowed");
          }
        }
        if (fields.isEmpty()) {
          rules.add(commentOnly(comments));
        } else {
          rules.addAll(withPeers(peers, comments, List.of(), fields, e.getKey(), ingress));
        }
      }
    }
    return rules;
  }

  /** The egress rule every egress-restricted pod needs: DNS to kube-dns, seen by Cilium's DNS proxy. */
  static Rule dns() {
    List<String> comments = List.of("DNS: name resolution through kube-dns (CoreDNS) in kube-system, UDP and"
        + " TCP 53; the dns rule sends lookups through Cilium's DNS proxy, which toFQDNs rules need");
    Selector kubeDns = new Selector(List.of(), List.of(
        Expression.in(NAMESPACE_KEY, "kube-system"), Expression.in("k8s:k8s-app", "kube-dns")));
    PortGroup group = new PortGroup(List.of(new Port("53", "UDP", false, 0), new Port("53", "TCP", false, 0)),
        List.of("*"));
    return rule(comments, "toEndpoints", List.of(kubeDns), List.of(), List.of(), List.of(group), List.of());
  }

  /** A peer as Cilium writes it: one list key and its entries; none when it cannot be written. */
  private record Peer(String key, List<Selector> endpoints, List<String> cidrs, List<Fqdn> fqdns) {}

  private List<Peer> peers(RulePeer peer, boolean ingress) {
    String prefix = ingress ? "from" : "to";
    if (peer.isComponent()) {
      return List.of(new Peer(prefix + "Endpoints", List.of(new Selector(naming.componentPods(peer.id()), List.of())),
          List.of(), List.of()));
    }
    Zone zone = plan.zone(peer.id());
    List<Peer> peers = new ArrayList<>();
    if (!zone.namespaceSelector().isEmpty()) {
      List<Expression> expressions = new ArrayList<>();
      String namespace = null;
      for (String entry : zone.namespaceSelector()) {
        int eq = entry.indexOf('=');
        String key = entry.substring(0, eq);
        if (key.equals(NAMESPACE_NAME_LABEL)) {
          namespace = entry.substring(eq + 1);
        } else {
          expressions.add(Expression.in(NAMESPACE_LABELS_PREFIX + key, entry.substring(eq + 1)));
        }
      }
      // naming the namespace key lifts Cilium's implicit "the policy's own namespace"
      expressions.add(0, namespace == null ? new Expression(NAMESPACE_KEY, "Exists", List.of())
          : Expression.in(NAMESPACE_KEY, namespace));
      peers.add(new Peer(prefix + "Endpoints", List.of(new Selector(List.of(), expressions)), List.of(), List.of()));
      return peers;
    }
    List<String> cidrs = new ArrayList<>(zone.ipv4());
    cidrs.addAll(zone.ipv6());
    if (!cidrs.isEmpty()) {
      peers.add(new Peer(prefix + "CIDRSet", List.of(), cidrs, List.of()));
    }
    if (!ingress && zone.hasNames()) {
      List<Fqdn> fqdns = zone.names().stream()
          .map(n -> n.startsWith("*.") ? new Fqdn("matchPattern", n) : new Fqdn("matchName", n)).toList();
      peers.add(new Peer("toFQDNs", List.of(), List.of(), fqdns));
    }
    return peers;
  }

  private List<Rule> withPeers(List<Peer> peers, List<String> comments, List<PortGroup> ports, List<IcmpField> icmps,
      RulePeer peer, boolean ingress) {
    if (peers.isEmpty()) {
      List<String> all = new ArrayList<>(comments);
      Zone zone = plan.zone(peer.id());
      all.add(ingress && zone.hasNames() && zone.hasNoDefaults()
          ? "NO RULE: zone '" + peer.id() + "' is known only by host names, and Cilium matches names for egress"
              + " only (toFQDNs); give the zone CIDRs to admit it"
          : "NO RULE: zone '" + peer.id() + "' has no default addresses; add them with a kustomize patch"
              + " (see README.md)");
      return List.of(commentOnly(all));
    }
    List<Rule> rules = new ArrayList<>();
    boolean first = true;
    for (Peer p : peers) {
      rules.add(rule(first ? comments : List.of(), p.key(), p.endpoints(), p.cidrs(), p.fqdns(), ports, icmps));
      first = false;
    }
    return rules;
  }

  private static List<PortGroup> portGroups(List<PlannedRule> rules) {
    Set<Port> ports = new LinkedHashSet<>();
    for (PlannedRule rule : rules) {
      String protocol = rule.protocol().transport().name().toUpperCase(Locale.ROOT);
      for (PortRange range : rule.ports().defaultRanges()) {
        ports.add(new Port(Integer.toString(range.from()), protocol, range.to() != range.from(), range.to()));
      }
    }
    List<Port> all = List.copyOf(ports);
    List<PortGroup> groups = new ArrayList<>();
    for (int i = 0; i < all.size(); i += MAX_PORTS) {
      groups.add(new PortGroup(all.subList(i, Math.min(all.size(), i + MAX_PORTS)), List.of()));
    }
    return groups;
  }

  private static Rule rule(List<String> comments, String key, List<Selector> endpoints, List<String> cidrs,
      List<Fqdn> fqdns, List<PortGroup> ports, List<IcmpField> icmps) {
    return new Rule("    ", CommentLines.wrapAll(comments, 4), true, key, endpoints, cidrs, fqdns, ports, icmps);
  }

  static Rule commentOnly(List<String> comments) {
    return new Rule("    ", CommentLines.wrapAll(comments, 4), false, "", List.of(), List.of(), List.of(), List.of(),
        List.of());
  }

  private List<String> describe(List<PlannedRule> group) {
    Set<String> lines = new LinkedHashSet<>();
    for (PlannedRule rule : group) {
      for (Flow flow : flows.flowsOf(rule)) {
        lines.addAll(FlowText.describe(flow, product));
      }
    }
    return List.copyOf(lines);
  }

  /** Whether the rule list writes anything (else the section is {@code - {}}). */
  static boolean anyRule(List<Rule> rules) {
    return rules.stream().anyMatch(Rule::hasRule);
  }

  static List<Label> labels(List<Label> labels) {
    return labels;
  }
}
