package dev.portcullis.format.terraform;

import dev.portcullis.model.Product;
import dev.portcullis.model.Variable;
import dev.portcullis.model.Zone;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A rule's keys as Terraform computes them with the module's defaults (for the README). */
final class DefaultKeys {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{(?:(\\d+) \\+ )?var\\.([a-z0-9_]+)\\}");

  private DefaultKeys() {}

  /** One key per default CIDR of a zone peer (none when the zone has none), else one key. */
  static List<String> of(RuleUnit unit, Product product) {
    String key = substituteVariables(unit.keyTemplate(), product);
    if (unit.peer().isExternal()) {
      return List.of(); // no external CIDRs by default
    }
    if (!unit.peer().isZone()) {
      return List.of(key);
    }
    Zone zone = product.zone(unit.peer().id()).orElseThrow();
    List<String> peers = switch (unit.peer().kind()) {
      case ZONE_IPV4 -> ZoneVariables.defaultIpv4(zone);
      case ZONE_IPV6 -> ZoneVariables.defaultIpv6(zone);
      default -> List.of();
    };
    return peers.stream().map(p -> key.replace("${peer}", p)).toList();
  }

  /** The key with {@code ${peer}} left as {@code <peer>}, for a rule that has no default CIDR. */
  static String pattern(RuleUnit unit, Product product) {
    return substituteVariables(unit.keyTemplate(), product).replace("${peer}", "<" + cidrWord(unit) + ">");
  }

  private static String cidrWord(RuleUnit unit) {
    return switch (unit.peer().kind()) {
      case ZONE_IPV4 -> "ipv4-cidr";
      case ZONE_IPV6 -> "ipv6-cidr";
      case ZONE_PREFIX_LIST -> "prefix-list-id";
      case ZONE_GROUP -> "security-group-id";
      case EXTERNAL_IPV4 -> "ipv4-cidr";
      case EXTERNAL_IPV6 -> "ipv6-cidr";
      default -> "peer";
    };
  }

  private static String substituteVariables(String template, Product product) {
    if (!template.contains("var.")) {
      return template; // most keys name no variable
    }
    Matcher m = VARIABLE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Variable v = product.variable(m.group(2)).orElseThrow(
          () -> new IllegalStateException("no variable " + m.group(2)));
      String value = m.group(1) == null
          ? String.valueOf(v.defaultValue())
          : Integer.toString(Integer.parseInt(m.group(1)) + v.defaultNumber());
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
