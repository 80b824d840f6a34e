package dev.portcullis.format.cilium;

import dev.portcullis.format.kubernetes.Label;
import java.util.List;

/**
 * The scope of {@code cilium/ciliumnetworkpolicy.yaml.mustache}. Texts are escaped by the YAML
 * escaper; comments, keys of the format and numbers are pre-made safe and written raw.
 */
record CiliumView(
    List<String> comments,
    String name,
    List<Label> labels,
    List<Label> selector,
    boolean denyIngress,
    boolean denyEgress,
    List<Section> sections) {

  /** {@code ingress:} or {@code egress:}; {@code denyAll} writes the one empty rule {@code - {}}. */
  record Section(String key, boolean denyAll, List<Rule> rules) {}

  /**
   * One rule, or only comments ({@code hasRule} false). Exactly one peer list is set:
   * {@code endpoints} (selectors), {@code cidrs} or {@code fqdns}.
   */
  record Rule(String indent, List<String> comments, boolean hasRule, String peerKey, List<Selector> endpoints,
      List<String> cidrs, List<Fqdn> fqdns, List<PortGroup> portGroups, List<IcmpField> icmps) {
    public boolean hasEndpoints() {
      return !endpoints.isEmpty();
    }

    public boolean hasCidrs() {
      return !cidrs.isEmpty();
    }

    public boolean hasFqdns() {
      return !fqdns.isEmpty();
    }

    public boolean hasPorts() {
      return !portGroups.isEmpty();
    }

    public boolean hasIcmps() {
      return !icmps.isEmpty();
    }
  }

  /** An endpoint selector: labels, or expressions (for what lies outside the product). */
  record Selector(List<Label> matchLabels, List<Expression> expressions) {
    public boolean hasLabels() {
      return !matchLabels.isEmpty();
    }
  }

  record Expression(String key, String operator, List<String> values) {
    static Expression in(String key, String value) {
      return new Expression(key, "In", List.of(value));
    }

    public boolean hasValues() {
      return !values.isEmpty();
    }

    /** A key too long for one 80-column line goes on its own line (yamllint allows one long word). */
    public boolean longKey() {
      return "            - key: ".length() + key.length() + 2 > 80;
    }
  }

  /** {@code matchName} or {@code matchPattern}. */
  record Fqdn(String key, String value) {}

  /** One {@code toPorts} entry (at most 40 ports, Cilium's limit), with DNS rules for the DNS proxy. */
  record PortGroup(List<Port> ports, List<String> dnsPatterns) {
    public boolean hasDns() {
      return !dnsPatterns.isEmpty();
    }
  }

  record Port(String port, String protocol, boolean hasEndPort, int endPort) {}

  record IcmpField(int type, String family) {}
}
