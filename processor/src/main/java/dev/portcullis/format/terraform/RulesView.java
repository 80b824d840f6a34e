package dev.portcullis.format.terraform;

import dev.portcullis.model.Component;
import dev.portcullis.model.Product;
import dev.portcullis.model.Zone;
import dev.portcullis.plan.RulePlan;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scope of {@code rules.tf.mustache}: the module's data. Each rule unit of {@link RulePlanner}
 * that differs from another only in the kind of address it is expanded over (a zone's IPv4 CIDRs,
 * IPv6 CIDRs, prefix lists and group ids; a component's group and external CIDRs) is one row; its
 * family says which kinds it has (ICMP and ICMPv6 are rows of their own). Rows are sorted by
 * component and key, so a one-port change in a definition is a one-line change here.
 */
public record RulesView(String header, String titleComment, List<ComponentRow> components, boolean hasZones,
    List<ZoneRow> zones, List<Row> rules) {
  /** A component's entry; raw HCL but the description (escaped by the template engine). */
  public record ComponentRow(String alignedName, String groupDescription, String externalIpv4,
      String externalIpv6) {}

  /** A zone's entry. */
  public record ZoneRow(String alignedName, String id) {}

  /** One row of {@code local.rules}: raw HCL, but the flow tag and description (escaped). */
  public record Row(String component, String direction, String key, String protocol, String fromPort,
      String toPort, String zone, String peerComponent, String family, String enabled, String flow,
      String description) {}

  private static final int MAX_TAG_VALUE = 256;
  private static final Set<RulePeer.Kind> IPV4 = EnumSet.of(RulePeer.Kind.ZONE_IPV4, RulePeer.Kind.ZONE_PREFIX_LIST,
      RulePeer.Kind.EXTERNAL_IPV4);
  private static final Set<RulePeer.Kind> IPV6 = EnumSet.of(RulePeer.Kind.ZONE_IPV6, RulePeer.Kind.EXTERNAL_IPV6);

  static RulesView of(RulePlan plan, String header, String titleComment, Map<String, List<RuleUnit>> units) {
    Product product = plan.product();
    int width = product.components().stream().mapToInt(c -> c.id().length()).max().orElse(0);
    List<ComponentRow> components = new ArrayList<>();
    for (Component c : product.components()) {
      boolean peer = plan.peerComponents().stream().anyMatch(p -> p.id().equals(c.id()));
      components.add(new ComponentRow(MainView.pad(c.id(), width), GroupDescriptions.of(product, c.id()),
          peer ? "var." + ComponentVariables.externalIpv4(c.id()) : "[]",
          peer ? "var." + ComponentVariables.externalIpv6(c.id()) : "[]"));
    }
    int zoneWidth = plan.zonesInUse().stream().mapToInt(z -> z.id().length()).max().orElse(0);
    List<ZoneRow> zones = new ArrayList<>();
    for (Zone z : plan.zonesInUse()) {
      zones.add(new ZoneRow(MainView.pad(z.id(), zoneWidth), z.id()));
    }
    List<Row> rows = new ArrayList<>();
    units.forEach((component, list) -> rows.addAll(rows(list)));
    return new RulesView(header, titleComment, components, !zones.isEmpty(), zones, rows);
  }

  /** The rows of one component's units (sorted by key), without the allow-all egress main.tf adds. */
  private static List<Row> rows(List<RuleUnit> units) {
    Map<List<Object>, List<RuleUnit>> byRow = new LinkedHashMap<>();
    for (RuleUnit u : units) {
      if (u.peer().kind() == RulePeer.Kind.ANYWHERE_IPV4 || u.peer().kind() == RulePeer.Kind.ANYWHERE_IPV6) {
        continue;
      }
      byRow.computeIfAbsent(List.of(u.baseKey(), u.direction(), u.protocol(), u.ports(), u.peer().isZone(),
          u.peer().id(), String.valueOf(u.gate()), u.flowIds()), k -> new ArrayList<>()).add(u);
    }
    List<Row> rows = new ArrayList<>();
    byRow.values().forEach(same -> rows.add(row(same)));
    rows.sort(java.util.Comparator.comparing(Row::key));
    return rows;
  }

  private static Row row(List<RuleUnit> same) {
    RuleUnit u = same.get(0);
    boolean v4 = same.stream().anyMatch(s -> IPV4.contains(s.peer().kind()));
    boolean v6 = same.stream().anyMatch(s -> IPV6.contains(s.peer().kind()));
    String family = v4 && v6 ? "all" : v4 ? "ipv4" : "ipv6";
    String flow = u.flowTag();
    return new Row(u.component(), u.direction().word(), u.baseKey(), u.protocol().hcl(), u.ports().fromHcl(),
        u.ports().toHcl(), u.peer().isZone() ? Hcl.quote(u.peer().id()) : "null",
        u.peer().isZone() ? "null" : Hcl.quote(u.peer().id()), family,
        u.gate() == null ? "true" : "var." + u.gate(),
        flow.length() > MAX_TAG_VALUE ? flow.substring(0, MAX_TAG_VALUE) : flow, u.description());
  }
}
