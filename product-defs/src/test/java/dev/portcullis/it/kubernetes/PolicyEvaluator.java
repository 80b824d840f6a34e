package dev.portcullis.it.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Decides whether a connection passes a set of NetworkPolicies, following the Kubernetes
 * semantics (networking.k8s.io/v1 reference and the "Network Policies" concept page):
 * <ul>
 *   <li>a pod is isolated for a direction when any policy in its namespace selects it and lists
 *       that direction in {@code policyTypes} (omitted: Ingress, plus Egress when egress rules exist);
 *   <li>an isolated pod accepts a connection when any selecting policy has a rule whose peers and
 *       ports both match (an empty or missing list matches everything); rules only add;
 *   <li>pod to pod, the source's egress and the destination's ingress must both allow it;
 *   <li>{@code ipBlock} matches by address, including pod addresses; a podSelector without a
 *       namespaceSelector means the policy's own namespace.
 * </ul>
 * All policies are taken to live in one namespace, the one the product's pods run in.
 */
final class PolicyEvaluator {
  private final List<JsonNode> policies;
  private final String namespace;
  /** Parsed CIDRs and addresses, by text: the evaluation asks for the same ones many times. */
  private final Map<String, IpCidr> cidrs = new java.util.HashMap<>();

  PolicyEvaluator(List<JsonNode> policies, String namespace) {
    this.policies = List.copyOf(policies);
    this.namespace = namespace;
  }

  boolean allows(Endpoint source, Endpoint destination, String protocol, int port) {
    return egressAllows(source, destination, protocol, port) && ingressAllows(source, destination, protocol, port);
  }

  boolean ingressAllows(Endpoint source, Endpoint destination, String protocol, int port) {
    return directionAllows(destination, source, "Ingress", "ingress", "from", protocol, port);
  }

  boolean egressAllows(Endpoint source, Endpoint destination, String protocol, int port) {
    return directionAllows(source, destination, "Egress", "egress", "to", protocol, port);
  }

  /** Names of the policies that select {@code pod} for {@code type}. */
  List<String> selecting(Endpoint pod, String type) {
    List<String> names = new ArrayList<>();
    for (JsonNode policy : policies) {
      if (selects(policy, pod, type)) {
        names.add(policy.path("metadata").path("name").asText());
      }
    }
    return names;
  }

  private boolean directionAllows(Endpoint subject, Endpoint other, String type, String rulesKey, String peersKey,
      String protocol, int port) {
    if (!subject.isPod()) {
      return true; // nothing outside the cluster is governed by NetworkPolicy
    }
    boolean isolated = false;
    for (JsonNode policy : policies) {
      if (!selects(policy, subject, type)) {
        continue;
      }
      isolated = true;
      for (JsonNode rule : policy.path("spec").path(rulesKey)) {
        if (peersMatch(rule.path(peersKey), other) && portsMatch(rule.path("ports"), protocol, port)) {
          return true;
        }
      }
    }
    return !isolated;
  }

  private boolean selects(JsonNode policy, Endpoint pod, String type) {
    return pod.isPod() && pod.namespace().equals(namespace)
        && selectorMatches(policy.path("spec").path("podSelector"), pod.labels())
        && types(policy).contains(type);
  }

  private static List<String> types(JsonNode policy) {
    JsonNode spec = policy.path("spec");
    List<String> types = new ArrayList<>();
    if (spec.has("policyTypes")) {
      spec.path("policyTypes").forEach(t -> types.add(t.asText()));
    } else {
      types.add("Ingress");
      if (spec.has("egress")) {
        types.add("Egress");
      }
    }
    return types;
  }

  private boolean peersMatch(JsonNode peers, Endpoint other) {
    if (peers.isMissingNode() || peers.isNull() || peers.isEmpty()) {
      return true;
    }
    for (JsonNode peer : peers) {
      if (peerMatches(peer, other)) {
        return true;
      }
    }
    return false;
  }

  private boolean peerMatches(JsonNode peer, Endpoint other) {
    if (peer.has("ipBlock")) {
      IpCidr address = cidrs.computeIfAbsent("host " + other.ip(), k -> IpCidr.host(other.ip()));
      if (!cidr(peer.path("ipBlock").path("cidr").asText()).contains(address)) {
        return false;
      }
      for (JsonNode except : peer.path("ipBlock").path("except")) {
        if (cidr(except.asText()).contains(address)) {
          return false;
        }
      }
      return true;
    }
    if (!other.isPod()) {
      return false;
    }
    boolean namespaceOk = peer.has("namespaceSelector")
        ? selectorMatches(peer.path("namespaceSelector"), other.namespaceLabels())
        : other.namespace().equals(namespace);
    boolean podOk = !peer.has("podSelector") || selectorMatches(peer.path("podSelector"), other.labels());
    return namespaceOk && podOk;
  }

  private IpCidr cidr(String text) {
    return cidrs.computeIfAbsent(text, IpCidr::parse);
  }

  private static boolean portsMatch(JsonNode ports, String protocol, int port) {
    if (ports.isMissingNode() || ports.isNull() || ports.isEmpty()) {
      return true;
    }
    for (JsonNode entry : ports) {
      if (!entry.path("protocol").asText("TCP").equals(protocol)) {
        continue;
      }
      JsonNode p = entry.path("port");
      if (p.isMissingNode() || p.isNull()) {
        return true;
      }
      if (!p.isInt()) {
        throw new AssertionError("named port " + p + ": the generated policies must use numbers");
      }
      int from = p.asInt();
      int to = entry.has("endPort") ? entry.path("endPort").asInt() : from;
      if (port >= from && port <= to) {
        return true;
      }
    }
    return false;
  }

  static boolean selectorMatches(JsonNode selector, Map<String, String> labels) {
    return selectorMatches(selector, labels, UnaryOperator.identity());
  }

  /** A label selector against a pod's labels, each selector key read through {@code key} (Cilium's prefixes). */
  static boolean selectorMatches(JsonNode selector, Map<String, String> labels, UnaryOperator<String> key) {
    for (Iterator<Map.Entry<String, JsonNode>> it = selector.path("matchLabels").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> label = it.next();
      if (!label.getValue().asText().equals(labels.get(key.apply(label.getKey())))) {
        return false;
      }
    }
    for (JsonNode expression : selector.path("matchExpressions")) {
      String name = key.apply(expression.path("key").asText());
      List<String> values = new ArrayList<>();
      expression.path("values").forEach(v -> values.add(v.asText()));
      boolean ok = switch (expression.path("operator").asText()) {
        case "In" -> labels.containsKey(name) && values.contains(labels.get(name));
        case "NotIn" -> !labels.containsKey(name) || !values.contains(labels.get(name));
        case "Exists" -> labels.containsKey(name);
        case "DoesNotExist" -> !labels.containsKey(name);
        default -> throw new AssertionError("operator " + expression.path("operator"));
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
