package dev.portcullis.format.kubernetes;

import java.util.ArrayList;
import java.util.List;

/**
 * The scope of {@code kubernetes/networkpolicy.yaml.mustache}. Text values are escaped by the
 * YAML escaper; {@code header}, {@code comments} and the numbers are pre-made safe and written raw.
 */
record PolicyView(
    String header,
    List<String> comments,
    String name,
    List<Label> labels,
    List<Label> podSelector,
    List<String> policyTypes,
    List<Section> sections) {

  /** {@code ingress:} or {@code egress:} with its rules. */
  record Section(String key, String peersKey, boolean empty, List<Rule> rules) {}

  /** One rule, or only comments when {@code hasRule} is false. */
  record Rule(List<String> comments, boolean hasRule, List<Peer> peers, List<Port> ports) {}

  /** One peer; exactly one of the four flags is true. */
  record Peer(boolean isIpBlock, boolean isPods, boolean isNamespaces, boolean isPodsInNamespaces,
      String cidr, List<Label> namespaceLabels, List<Label> podLabels) {}

  record Port(String protocol, int port, boolean hasEndPort, int endPort) {}

  static PolicyView of(Policy policy, String header, Naming naming) {
    List<String> types = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    if (policy.ingress()) {
      types.add("Ingress");
      sections.add(section("ingress", "from", policy.ingressRules()));
    }
    if (policy.egress()) {
      types.add("Egress");
      sections.add(section("egress", "to", policy.egressRules()));
    }
    return new PolicyView(header, policy.comments(), policy.name(), naming.metadataLabels(),
        policy.podSelector(), types, sections);
  }

  private static Section section(String key, String peersKey, List<PolicyRule> rules) {
    List<Rule> views = rules.stream().map(PolicyView::rule).toList();
    return new Section(key, peersKey, rules.stream().allMatch(PolicyRule::isCommentOnly), views);
  }

  private static Rule rule(PolicyRule rule) {
    List<Peer> peers = rule.peers().stream().map(PolicyView::peer).toList();
    List<Port> ports = rule.ports().stream()
        .map(p -> new Port(p.protocol().name(), p.port(), p.isRange(), p.endPort()))
        .toList();
    return new Rule(rule.comments(), !rule.isCommentOnly(), peers, ports);
  }

  private static Peer peer(PolicyPeer peer) {
    boolean ip = peer.cidr() != null;
    boolean ns = !peer.namespaceLabels().isEmpty();
    boolean pods = !peer.podLabels().isEmpty();
    return new Peer(ip, !ip && pods && !ns, !ip && ns && !pods, !ip && ns && pods,
        ip ? peer.cidr() : "", peer.namespaceLabels(), peer.podLabels());
  }
}
