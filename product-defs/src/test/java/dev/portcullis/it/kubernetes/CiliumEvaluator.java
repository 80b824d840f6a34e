package dev.portcullis.it.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides whether a connection passes a set of CiliumNetworkPolicies (cilium.io/v2), following
 * Cilium's policy semantics (docs "Layer 3/4 policy", "DNS based", the CRD's field docs):
 * <ul>
 *   <li>an endpoint is in default deny for a direction when a policy selecting it enables it
 *       ({@code enableDefaultDeny.<direction>}; absent: when the policy has rules of that
 *       direction); if none does, the direction is open;
 *   <li>a rule allows when its peer (L3) and its ports or ICMP types (L4) both match: a rule
 *       without L3 matches every peer only when it has L4, a rule without L4 every protocol,
 *       and the empty rule {@code {}} nothing;
 *   <li>endpoint selectors read the pod's labels, {@code io.kubernetes.pod.namespace} and
 *       {@code io.cilium.k8s.namespace.labels.<key>} (a {@code k8s:} or {@code any:} source
 *       prefix is ignored); a selector that does not name the namespace key is limited to the
 *       policy's namespace;
 *   <li>CIDR rules match addresses outside the cluster only (pods are matched by identity);
 *   <li>{@code toFQDNs} matches an outside host by the name it was resolved from, and only when
 *       the same endpoint's egress lets that lookup through the DNS proxy (a rule to port 53 with
 *       {@code rules.dns} matching the name): without it Cilium never learns the addresses;
 *   <li>{@code icmps} fields match ICMP ({@code IPv4}) or ICMPv6 ({@code IPv6}) by type; they
 *       never match TCP, UDP or SCTP, and {@code toPorts} never matches ICMP.
 * </ul>
 * All policies live in one namespace, the product's. Protocols are {@code TCP}, {@code UDP},
 * {@code SCTP}, {@code ICMP} and {@code ICMPV6} (then {@code port} is the type).
 */
final class CiliumEvaluator {
  private static final String NS_KEY = "io.kubernetes.pod.namespace";
  private static final String NS_LABELS = "io.cilium.k8s.namespace.labels.";

  private final List<JsonNode> policies;
  private final String namespace;
  private final Map<String, IpCidr> cidrs = new HashMap<>();

  CiliumEvaluator(List<JsonNode> policies, String namespace) {
    this.policies = List.copyOf(policies);
    this.namespace = namespace;
    for (JsonNode p : policies) {
      if (!"CiliumNetworkPolicy".equals(p.path("kind").asText())) {
        throw new AssertionError("not a CiliumNetworkPolicy: " + p.path("kind") + " " + p.path("metadata").path("name"));
      }
    }
  }

  boolean allows(Endpoint source, Endpoint destination, String protocol, int port) {
    return egressAllows(source, destination, protocol, port) && ingressAllows(source, destination, protocol, port);
  }

  boolean ingressAllows(Endpoint source, Endpoint destination, String protocol, int port) {
    return allows(destination, source, "ingress", protocol, port);
  }

  boolean egressAllows(Endpoint source, Endpoint destination, String protocol, int port) {
    return allows(source, destination, "egress", protocol, port);
  }

  private boolean allows(Endpoint subject, Endpoint other, String direction, String protocol, int port) {
    if (!subject.isPod()) {
      return true;
    }
    boolean defaultDeny = false;
    boolean allowed = false;
    for (JsonNode policy : policies) {
      if (!selects(policy, subject)) {
        continue;
      }
      JsonNode spec = policy.path("spec");
      JsonNode flag = spec.path("enableDefaultDeny").path(direction);
      defaultDeny |= flag.isBoolean() ? flag.asBoolean() : spec.has(direction) || spec.has(direction + "Deny");
      if (spec.has(direction + "Deny")) {
        throw new AssertionError("deny rules are not modelled: " + policy.path("metadata").path("name"));
      }
      for (JsonNode rule : spec.path(direction)) {
        if (ruleMatches(rule, subject, other, direction, protocol, port)) {
          allowed = true;
        }
      }
    }
    return !defaultDeny || allowed;
  }

  private boolean selects(JsonNode policy, Endpoint pod) {
    return pod.isPod() && pod.namespace().equals(namespace)
        && endpointSelectorMatches(policy.path("spec").path("endpointSelector"), pod, false);
  }

  private boolean ruleMatches(JsonNode rule, Endpoint subject, Endpoint other, String direction, String protocol,
      int port) {
    boolean ingress = direction.equals("ingress");
    String from = ingress ? "from" : "to";
    boolean hasL3 = false;
    boolean l3 = false;
    if (rule.has(from + "Endpoints")) {
      hasL3 = true;
      for (JsonNode selector : rule.path(from + "Endpoints")) {
        l3 |= other.isPod() && endpointSelectorMatches(selector, other, true);
      }
    }
    for (String key : List.of(from + "CIDR", from + "CIDRSet")) {
      if (rule.has(key)) {
        hasL3 = true;
        for (JsonNode entry : rule.path(key)) {
          String cidr = entry.isTextual() ? entry.asText() : entry.path("cidr").asText();
          l3 |= !other.isPod() && cidr(cidr).contains(cidrs.computeIfAbsent("host " + other.ip(),
              k -> IpCidr.host(other.ip())));
        }
      }
    }
    if (!ingress && rule.has("toFQDNs")) {
      hasL3 = true;
      for (JsonNode fqdn : rule.path("toFQDNs")) {
        boolean named = !other.isPod() && other.host() != null && fqdnMatches(fqdn, other.host());
        l3 |= named && dnsVisible(subject, other.host());
      }
    }
    for (String unsupported : List.of(from + "Entities", from + "Nodes", from + "Groups", from + "Requires",
        "toServices")) {
      if (rule.has(unsupported)) {
        throw new AssertionError(unsupported + " is not modelled");
      }
    }
    boolean hasL4 = rule.has("toPorts") || rule.has("icmps");
    if (!hasL3 && !hasL4) {
      return false; // the empty rule {} allows nothing
    }
    if (hasL3 && !l3) {
      return false;
    }
    if (!hasL4) {
      return true;
    }
    return portsMatch(rule.path("toPorts"), protocol, port) || icmpsMatch(rule.path("icmps"), protocol, port);
  }

  /** Whether the endpoint's egress lets a lookup of {@code host} through to kube-dns with a DNS rule. */
  private boolean dnsVisible(Endpoint subject, String host) {
    for (JsonNode policy : policies) {
      if (!selects(policy, subject)) {
        continue;
      }
      for (JsonNode rule : policy.path("spec").path("egress")) {
        boolean toDns = false;
        for (JsonNode selector : rule.path("toEndpoints")) {
          Map<String, String> dnsLabels = Map.of("k8s-app", "kube-dns", NS_KEY, "kube-system");
          toDns |= selectorMatches(selector, dnsLabels);
        }
        for (JsonNode entry : rule.path("toPorts")) {
          boolean port53 = false;
          for (JsonNode p : entry.path("ports")) {
            port53 |= p.path("port").asText().equals("53");
          }
          for (JsonNode dns : entry.path("rules").path("dns")) {
            if (toDns && port53 && fqdnMatches(dns, host)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static boolean fqdnMatches(JsonNode fqdn, String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (fqdn.has("matchName")) {
      return fqdn.path("matchName").asText().toLowerCase(Locale.ROOT).replaceAll("\\.$", "").equals(h);
    }
    String pattern = fqdn.path("matchPattern").asText().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    if (pattern.equals("*")) {
      return true;
    }
    StringBuilder regex = new StringBuilder();
    if (pattern.startsWith("**.")) {
      regex.append("([-a-z0-9_]+\\.)+");
      pattern = pattern.substring(3);
    } else if (pattern.startsWith("*") && !pattern.startsWith("*.")) {
      regex.append("([-a-z0-9_.]*)");
      pattern = pattern.substring(1);
    }
    for (char c : pattern.toCharArray()) {
      regex.append(c == '*' ? "[-a-z0-9_]*" : Pattern.quote(String.valueOf(c)));
    }
    return Pattern.matches(regex.toString(), h);
  }

  private boolean portsMatch(JsonNode toPorts, String protocol, int port) {
    if (protocol.startsWith("ICMP")) {
      return false;
    }
    for (JsonNode entry : toPorts) {
      for (JsonNode p : entry.path("ports")) {
        String proto = p.path("protocol").asText("ANY");
        if (!(proto.equals("ANY") || proto.isEmpty() || proto.equals(protocol))) {
          continue;
        }
        String text = p.path("port").asText("0");
        if (!text.matches("[0-9]+")) {
          throw new AssertionError("named port " + text + ": the generated policies must use numbers");
        }
        int from = Integer.parseInt(text);
        int to = p.has("endPort") ? p.path("endPort").asInt() : from;
        if (from == 0 || (port >= from && port <= to)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean icmpsMatch(JsonNode icmps, String protocol, int type) {
    if (!protocol.startsWith("ICMP")) {
      return false;
    }
    String family = protocol.equals("ICMPV6") ? "IPv6" : "IPv4";
    for (JsonNode rule : icmps) {
      for (JsonNode field : rule.path("fields")) {
        if (field.path("family").asText("IPv4").equals(family) && field.path("type").isInt()
            && field.path("type").asInt() == type) {
          return true;
        }
      }
    }
    return false;
  }

  /** An endpoint selector on a pod; {@code peer}: limited to the policy's namespace unless it names one. */
  private boolean endpointSelectorMatches(JsonNode selector, Endpoint pod, boolean peer) {
    Map<String, String> labels = new HashMap<>(pod.labels());
    labels.put(NS_KEY, pod.namespace());
    pod.namespaceLabels().forEach((k, v) -> labels.put(NS_LABELS + k, v));
    if (!selectorMatches(selector, labels)) {
      return false;
    }
    boolean namesNamespace = false;
    for (Iterator<String> it = selector.path("matchLabels").fieldNames(); it.hasNext(); ) {
      namesNamespace |= strip(it.next()).equals(NS_KEY);
    }
    for (JsonNode e : selector.path("matchExpressions")) {
      namesNamespace |= strip(e.path("key").asText()).equals(NS_KEY);
    }
    return !peer || namesNamespace || pod.namespace().equals(namespace);
  }

  private static boolean selectorMatches(JsonNode selector, Map<String, String> labels) {
    return PolicyEvaluator.selectorMatches(selector, labels, CiliumEvaluator::strip);
  }

  private static String strip(String key) {
    return key.startsWith("k8s:") ? key.substring(4) : key.startsWith("any:") ? key.substring(4) : key;
  }

  private IpCidr cidr(String text) {
    return cidrs.computeIfAbsent(text, IpCidr::parse);
  }
}
