package dev.portcullis.format.kubernetes;

import dev.portcullis.model.Zone;
import dev.portcullis.processor.validate.Cidrs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The peers a zone stands for: its {@code namespaceSelector} labels when the definition gives
 * them (they replace the CIDRs), else one {@code ipBlock} per default CIDR, written in canonical
 * form. No peers means the zone has no defaults and gets no rule.
 */
final class ZonePeers {
  private ZonePeers() {}

  /** A zone's namespace selector entry that is not {@code key=value} with valid label syntax. */
  record Problem(String zone, String entry, String reason) {}

  static List<PolicyPeer> of(Zone zone) {
    if (!zone.namespaceSelector().isEmpty()) {
      return List.of(PolicyPeer.namespaces(namespaceLabels(zone)));
    }
    List<PolicyPeer> peers = new ArrayList<>();
    zone.ipv4().forEach(cidr -> peers.add(PolicyPeer.ipBlock(canonical(Cidrs.parseV4(cidr), cidr))));
    zone.ipv6().forEach(cidr -> peers.add(PolicyPeer.ipBlock(canonical(Cidrs.parseV6(cidr), cidr))));
    return peers;
  }

  /** Problems in the zone's namespace selector; empty when it can be written. */
  static List<Problem> problems(Zone zone) {
    List<Problem> problems = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (String entry : zone.namespaceSelector()) {
      int eq = entry.indexOf('=');
      if (eq < 0) {
        problems.add(new Problem(zone.id(), entry, "expected key=value"));
        continue;
      }
      String key = entry.substring(0, eq);
      String value = entry.substring(eq + 1);
      if (!LabelSyntax.isLabelKey(key)) {
        problems.add(new Problem(zone.id(), entry, "'" + key + "' is not a label key ([prefix/]name)"));
      } else if (!LabelSyntax.isLabelValue(value)) {
        problems.add(new Problem(zone.id(), entry,
            "'" + value + "' is not a label value (at most 63 of A-Z a-z 0-9 - _ . starting and ending alphanumeric)"));
      } else if (keys.contains(key)) {
        problems.add(new Problem(zone.id(), entry, "label key '" + key + "' is given twice"));
      }
      keys.add(key);
    }
    return problems;
  }

  private static List<Label> namespaceLabels(Zone zone) {
    return zone.namespaceSelector().stream()
        .map(entry -> new Label(entry.substring(0, entry.indexOf('=')), entry.substring(entry.indexOf('=') + 1)))
        .toList();
  }

  private static String canonical(Cidrs.Result parsed, String original) {
    Optional<Cidrs.Cidr> cidr = parsed.cidr();
    // the validator rejected unparsable CIDRs before any target runs
    return cidr.map(Cidrs.Cidr::networkText).orElseThrow(
        () -> new IllegalStateException("invalid CIDR reached the Kubernetes target: " + original));
  }
}
