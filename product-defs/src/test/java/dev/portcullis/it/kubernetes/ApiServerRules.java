package dev.portcullis.it.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The API server's validation of a NetworkPolicy (k8s.io/kubernetes
 * pkg/apis/networking/validation ValidateNetworkPolicy, with the apimachinery name, label and
 * selector rules it calls), which the JSON schema cannot see. Two rules are stricter than the
 * server, on purpose: CIDRs must be canonical (newer servers warn or reject otherwise), and
 * {@code policyTypes} must be written and free of duplicates.
 */
public final class ApiServerRules {
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final Pattern PORT_NAME = Pattern.compile("[-a-z0-9]+");

  private final List<String> errors = new ArrayList<>();

  private ApiServerRules() {}

  /** Every violation, each naming the field path; empty when the server would accept the object. */
  public static List<String> validate(JsonNode policy) {
    ApiServerRules rules = new ApiServerRules();
    rules.policy(policy);
    return rules.errors;
  }

  private void policy(JsonNode np) {
    expectText(np, "apiVersion", "networking.k8s.io/v1");
    expectText(np, "kind", "NetworkPolicy");
    JsonNode metadata = np.path("metadata");
    String name = metadata.path("name").asText("");
    if (name.isEmpty()) {
      error("metadata.name", "required");
    } else if (name.length() > 253 || !DNS_SUBDOMAIN.matcher(name).matches()) {
      error("metadata.name", "'" + name + "' is not a DNS-1123 subdomain");
    }
    if (metadata.has("namespace") && !DNS_LABEL.matcher(metadata.path("namespace").asText()).matches()) {
      error("metadata.namespace", "not a DNS-1123 label");
    }
    labels(metadata.path("labels"), "metadata.labels");
    for (Iterator<String> keys = metadata.path("annotations").fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!isQualifiedName(key.toLowerCase(java.util.Locale.ROOT))) {
        error("metadata.annotations", "'" + key + "' is not a qualified name");
      }
    }
    JsonNode spec = np.path("spec");
    if (!spec.isObject()) {
      error("spec", "required");
      return;
    }
    if (!spec.has("podSelector")) {
      error("spec.podSelector", "required");
    }
    selector(spec.path("podSelector"), "spec.podSelector");
    rules(spec.path("ingress"), "spec.ingress", "from");
    rules(spec.path("egress"), "spec.egress", "to");
    policyTypes(spec);
  }

  private void rules(JsonNode rules, String path, String peersKey) {
    for (int i = 0; i < rules.size(); i++) {
      JsonNode rule = rules.get(i);
      String rulePath = path + "[" + i + "]";
      JsonNode ports = rule.path("ports");
      for (int j = 0; j < ports.size(); j++) {
        port(ports.get(j), rulePath + ".ports[" + j + "]");
      }
      JsonNode peers = rule.path(peersKey);
      for (int j = 0; j < peers.size(); j++) {
        peer(peers.get(j), rulePath + "." + peersKey + "[" + j + "]");
      }
    }
  }

  private void port(JsonNode port, String path) {
    if (port.has("protocol")) {
      String protocol = port.path("protocol").asText();
      if (!Set.of("TCP", "UDP", "SCTP").contains(protocol)) {
        error(path + ".protocol", "'" + protocol + "' is not TCP, UDP or SCTP");
      }
    }
    JsonNode p = port.path("port");
    JsonNode end = port.path("endPort");
    if (port.has("port") && !p.isNull()) {
      if (p.isInt()) {
        validPort(p.asInt(), path + ".port");
        if (port.has("endPort")) {
          if (end.asInt() < p.asInt()) {
            error(path + ".endPort", "must be greater than or equal to `port`");
          }
          validPort(end.asInt(), path + ".endPort");
        }
      } else {
        if (port.has("endPort")) {
          error(path + ".endPort", "may not be specified when `port` is non-numeric");
        }
        String portName = p.asText();
        if (portName.length() > 15 || !PORT_NAME.matcher(portName).matches() || !portName.matches(".*[a-z].*")
            || portName.startsWith("-") || portName.endsWith("-") || portName.contains("--")) {
          error(path + ".port", "'" + portName + "' is not an IANA service name (a quoted number is a name)");
        }
      }
    } else if (port.has("endPort")) {
      error(path + ".endPort", "may not be specified when `port` is not specified");
    }
  }

  private void validPort(int port, String path) {
    if (port < 1 || port > 65535) {
      error(path, port + " is not between 1 and 65535");
    }
  }

  private void peer(JsonNode peer, String path) {
    int count = 0;
    if (peer.has("podSelector")) {
      count++;
      selector(peer.path("podSelector"), path + ".podSelector");
    }
    if (peer.has("namespaceSelector")) {
      count++;
      selector(peer.path("namespaceSelector"), path + ".namespaceSelector");
    }
    if (peer.has("ipBlock")) {
      count++;
      ipBlock(peer.path("ipBlock"), path + ".ipBlock");
    }
    if (count == 0) {
      error(path, "must specify a peer");
    } else if (count > 1 && peer.has("ipBlock")) {
      error(path, "may not specify both ipBlock and another peer");
    }
  }

  private void ipBlock(JsonNode block, String path) {
    String cidrText = block.path("cidr").asText("");
    if (cidrText.isEmpty()) {
      error(path + ".cidr", "required");
      return;
    }
    IpCidr cidr = cidr(cidrText, path + ".cidr");
    JsonNode except = block.path("except");
    for (int i = 0; i < except.size(); i++) {
      IpCidr inner = cidr(except.get(i).asText(), path + ".except[" + i + "]");
      if (cidr != null && inner != null && (!cidr.contains(inner) || inner.prefix() <= cidr.prefix())) {
        error(path + ".except[" + i + "]", "must be a strict subset of `cidr`");
      }
    }
  }

  private IpCidr cidr(String text, String path) {
    try {
      IpCidr cidr = IpCidr.parse(text);
      if (cidr.hasHostBits()) {
        error(path, "'" + text + "' has host bits set");
      } else if (!cidr.canonical().equals(text)) {
        error(path, "'" + text + "' is not canonical; write '" + cidr.canonical() + "'");
      }
      return cidr;
    } catch (IllegalArgumentException e) {
      error(path, "'" + text + "' is not a CIDR: " + e.getMessage());
      return null;
    }
  }

  private void selector(JsonNode selector, String path) {
    if (selector.isMissingNode() || selector.isNull()) {
      return;
    }
    labels(selector.path("matchLabels"), path + ".matchLabels");
    JsonNode expressions = selector.path("matchExpressions");
    for (int i = 0; i < expressions.size(); i++) {
      JsonNode e = expressions.get(i);
      String ePath = path + ".matchExpressions[" + i + "]";
      if (!isQualifiedName(e.path("key").asText(""))) {
        error(ePath + ".key", "not a qualified name");
      }
      String operator = e.path("operator").asText("");
      int values = e.path("values").size();
      switch (operator) {
        case "In", "NotIn" -> {
          if (values == 0) {
            error(ePath + ".values", "must be specified when `operator` is 'In' or 'NotIn'");
          }
        }
        case "Exists", "DoesNotExist" -> {
          if (values > 0) {
            error(ePath + ".values", "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
          }
        }
        default -> error(ePath + ".operator", "'" + operator + "' is not a valid selector operator");
      }
      for (JsonNode value : e.path("values")) {
        if (!isLabelValue(value.asText())) {
          error(ePath + ".values", "'" + value.asText() + "' is not a label value");
        }
      }
    }
  }

  private void labels(JsonNode labels, String path) {
    for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> label = it.next();
      if (!isQualifiedName(label.getKey())) {
        error(path, "key '" + label.getKey() + "' is not a qualified name");
      }
      if (!label.getValue().isTextual() || !isLabelValue(label.getValue().asText())) {
        error(path, "value '" + label.getValue() + "' of '" + label.getKey() + "' is not a label value");
      }
    }
  }

  private void policyTypes(JsonNode spec) {
    JsonNode types = spec.path("policyTypes");
    if (!types.isArray()) {
      error("spec.policyTypes", "not written (Portcullis always writes it: omitted, Egress is only implied by egress rules)");
      return;
    }
    if (types.size() > 2) {
      error("spec.policyTypes", "may not specify more than two policyTypes");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode type : types) {
      if (!Set.of("Ingress", "Egress").contains(type.asText())) {
        error("spec.policyTypes", "'" + type.asText() + "' is not Ingress or Egress");
      }
      if (!seen.add(type.asText())) {
        error("spec.policyTypes", "'" + type.asText() + "' is given twice");
      }
    }
  }

  static boolean isQualifiedName(String key) {
    int slash = key.indexOf('/');
    if (slash != key.lastIndexOf('/')) {
      return false;
    }
    String name = slash < 0 ? key : key.substring(slash + 1);
    if (slash >= 0) {
      String prefix = key.substring(0, slash);
      if (prefix.isEmpty() || prefix.length() > 253 || !DNS_SUBDOMAIN.matcher(prefix).matches()) {
        return false;
      }
    }
    return !name.isEmpty() && name.length() <= 63 && NAME.matcher(name).matches();
  }

  static boolean isLabelValue(String value) {
    return value.isEmpty() || (value.length() <= 63 && NAME.matcher(value).matches());
  }

  private void expectText(JsonNode node, String field, String expected) {
    if (!expected.equals(node.path(field).asText(null))) {
      error(field, "expected '" + expected + "', found " + node.path(field));
    }
  }

  private void error(String path, String message) {
    errors.add(path + ": " + message);
  }
}
