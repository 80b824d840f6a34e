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

  /** One rule, or only comments when {@code hasRule} is false; {@code indent} is the comments' indent. */
  record Rule(String indent, List<String> comments, boolean hasRule, List<Peer> peers, List<Port> ports) {}

  /** One peer; exactly one of the four flags is true. */
  record Peer(boolean isIpBlock, boolean isPods, boolean isNamespaces, boolean isPodsInNamespaces,
      String cidr, List<String> except, List<Label> namespaceLabels, List<Label> podLabels) {
    public boolean hasExcept() {
      return !except.isEmpty();
    }
  }

  record Port(String protocol, int port, boolean hasEndPort, int endPort) {}

  static PolicyView of(Policy policy, String header, Naming naming) {
    List<String> top = new ArrayList<>(CommentLines.wrap(header, 0));
    top.addAll(CommentLines.wrapAll(policy.comments(), 0));
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
    return new PolicyView(header, top, policy.name(), naming.metadataLabels(),
        policy.podSelector(), types, sections);
  }

  /**
   * Comment-only rules come first, so every comment line sits above content of its own indent
   * (yamllint's comments-indentation): above the first rule, or under {@code ingress: []}.
   */
  private static Section section(String key, String peersKey, List<PolicyRule> rules) {
    boolean empty = rules.stream().allMatch(PolicyRule::isCommentOnly);
    List<Rule> views = new ArrayList<>();
    rules.stream().filter(PolicyRule::isCommentOnly).forEach(r -> views.add(rule(r, empty ? 2 : 4)));
    rules.stream().filter(r -> !r.isCommentOnly()).forEach(r -> views.add(rule(r, 4)));
    return new Section(key, peersKey, empty, views);
  }

  private static Rule rule(PolicyRule rule, int indent) {
    List<Peer> peers = rule.peers().stream().map(PolicyView::peer).toList();
    List<Port> ports = rule.ports().stream()
        .map(p -> new Port(p.protocol().name(), p.port(), p.isRange(), p.endPort()))
        .toList();
    return new Rule(" ".repeat(indent), CommentLines.wrapAll(rule.comments(), indent), !rule.isCommentOnly(), peers,
        ports);
  }

  private static Peer peer(PolicyPeer peer) {
    boolean ip = peer.cidr() != null;
    boolean ns = !peer.namespaceLabels().isEmpty();
    boolean pods = !peer.podLabels().isEmpty();
    return new Peer(ip, !ip && pods && !ns, !ip && ns && !pods, !ip && ns && pods,
        ip ? peer.cidr() : "", peer.except(), peer.namespaceLabels(), peer.podLabels());
  }
}
