package dev.portcullis.format.kubernetes;

import dev.portcullis.model.Zone;
import java.util.ArrayList;
import java.util.List;

/**
 * The peers a zone stands for: its {@code namespaceSelector} labels when the definition gives
 * them (they replace the CIDRs), else one {@code ipBlock} per default CIDR (the model holds them
 * canonical and sorted). No peers means the zone has no defaults and gets no rule.
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
    zone.ipv4().forEach(cidr -> peers.add(PolicyPeer.ipBlock(cidr)));
    zone.ipv6().forEach(cidr -> peers.add(PolicyPeer.ipBlock(cidr)));
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

  /** The selector's labels; an entry without {@code =} (refused by {@link #problems}) is a key with an empty value. */
  private static List<Label> namespaceLabels(Zone zone) {
    return zone.namespaceSelector().stream().map(ZonePeers::label).toList();
  }

  private static Label label(String entry) {
    int eq = entry.indexOf('=');
    return eq < 0 ? new Label(entry, "") : new Label(entry.substring(0, eq), entry.substring(eq + 1));
  }
}
