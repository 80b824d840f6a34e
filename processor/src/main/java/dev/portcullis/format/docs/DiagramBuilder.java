package dev.portcullis.format.docs;

import dev.portcullis.model.Component;
import dev.portcullis.model.PortRange;
import dev.portcullis.model.Product;
import dev.portcullis.model.Zone;
import dev.portcullis.plan.PlannedRule;
import dev.portcullis.plan.RulePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the flowchart of a product's plan: zones around a subgraph of components, and one arrow
 * per pair of nodes, direction and feature, labelled with every port that pair uses. Grouping keeps
 * the picture readable where the matrix has forty rows.
 */
final class DiagramBuilder {
  private static final String COMPONENT = "c";
  private static final String ZONE = "z";

  Diagram build(RulePlan plan) {
    Product product = plan.product();
    List<Diagram.Node> components = new ArrayList<>();
    for (Component c : product.components()) {
      components.add(new Diagram.Node(MermaidText.nodeId(COMPONENT, c.id()), "[",
          MermaidText.label(lines(c.id(), c.description())), "]"));
    }
    List<Diagram.Node> zones = new ArrayList<>();
    List<String> publicZones = new ArrayList<>();
    for (Zone z : product.zones()) {
      String id = MermaidText.nodeId(ZONE, z.id());
      zones.add(new Diagram.Node(id, "([", MermaidText.label(zoneLines(z)), "])"));
      if (z.isPublic()) {
        publicZones.add(id);
      }
    }
    return new Diagram(MermaidText.nodeId("p", product.id()), MermaidText.label(product.title()),
        components, zones, edges(plan), String.join(",", publicZones), !publicZones.isEmpty());
  }

  /** Longest line of a node label before it wraps, so long vendor descriptions keep nodes narrow. */
  static final int WRAP = 40;

  private static List<String> lines(String id, String description) {
    List<String> lines = new ArrayList<>(List.of(id));
    if (description != null && !description.isBlank()) {
      lines.addAll(wrap(description));
    }
    return lines;
  }

  /** Splits text at spaces into lines of at most {@link #WRAP} characters (a longer word stays whole). */
  static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static List<String> zoneLines(Zone z) {
    List<String> lines = new ArrayList<>(lines("zone " + z.id(), z.description()));
    List<String> cidrs = new ArrayList<>(z.ipv4());
    cidrs.addAll(z.ipv6());
    if (!z.namespaceSelector().isEmpty()) {
      lines.addAll(wrap("namespaces " + String.join(", ", z.namespaceSelector())));
    }
    if (z.hasNames()) {
      lines.addAll(wrap(String.join(", ", z.names())));
    }
    if (!cidrs.isEmpty()) {
      lines.addAll(wrap(String.join(", ", cidrs)));
    } else if (z.localSubnet()) {
      lines.add("the host's own subnet");
    } else if (z.namespaceSelector().isEmpty() && !z.hasNames()) {
      lines.add("no default CIDRs");
    }
    return lines;
  }

  /**
   * Arrows from the plan's rules: an ingress rule is an arrow from its peer to its component, an
   * egress rule one from its component to its peer, so the two ends of a flow between components
   * are the same arrow. What goes both ways between two nodes (the same protocol and ports in
   * each direction) is drawn once, two-headed; the rest one-way.
   */
  private static List<Diagram.Edge> edges(RulePlan plan) {
    Map<EdgeKey, TreeSet<Item>> oneWay = new TreeMap<>();
    for (PlannedRule r : plan.rules()) {
      String component = MermaidText.nodeId(COMPONENT, r.component());
      String peer = MermaidText.nodeId(r.peer().isZone() ? ZONE : COMPONENT, r.peer().id());
      String from = r.isIngress() ? peer : component;
      String to = r.isIngress() ? component : peer;
      TreeSet<Item> items = oneWay.computeIfAbsent(new EdgeKey(from, to, false, r.feature() == null ? "" : r.feature()),
          k -> new TreeSet<>());
      if (r.protocol().isIcmp()) {
        items.add(new Item("ICMP " + PortText.icmp(r.icmp()), null));
      } else {
        r.ports().defaultRanges().forEach(range -> items.add(new Item(r.protocol().transport().name(), range)));
      }
    }
    Map<EdgeKey, TreeSet<Item>> arrows = new TreeMap<>();
    oneWay.forEach((key, items) -> {
      TreeSet<Item> reverse = oneWay.get(new EdgeKey(key.to(), key.from(), false, key.feature()));
      TreeSet<Item> rest = new TreeSet<>(items);
      if (reverse != null && !key.from().equals(key.to())) {
        TreeSet<Item> both = new TreeSet<>(items);
        both.retainAll(reverse);
        rest.removeAll(both);
        if (!both.isEmpty() && key.from().compareTo(key.to()) < 0) {
          arrows.put(new EdgeKey(key.from(), key.to(), true, key.feature()), both);
        }
      }
      if (!rest.isEmpty()) {
        arrows.put(key, rest);
      }
    });
    List<Diagram.Edge> edges = new ArrayList<>();
    arrows.forEach((key, items) -> {
      List<String> lines = new ArrayList<>();
      if (!key.feature().isEmpty()) {
        lines.add("feature " + key.feature() + featureDefault(plan.product(), key.feature()));
      }
      Map<String, List<PortRange>> byProtocol = new TreeMap<>();
      items.forEach(i -> byProtocol.computeIfAbsent(i.protocol(), k -> new ArrayList<>())
          .addAll(i.range() == null ? List.of() : List.of(i.range())));
      byProtocol.forEach((protocol, ranges) ->
          lines.addAll(wrap(ranges.isEmpty() ? protocol : protocol + " " + PortText.join(ranges))));
      String arrow = key.feature().isEmpty() ? (key.both() ? "<-->" : "-->") : (key.both() ? "<-.->" : "-.->");
      edges.add(new Diagram.Edge(key.from(), arrow, MermaidText.label(lines), key.to()));
    });
    return edges;
  }

  /** What an arrow carries: a protocol and one port range (none for ICMP). */
  private record Item(String protocol, PortRange range) implements Comparable<Item> {
    @Override
    public int compareTo(Item o) {
      int c = protocol.compareTo(o.protocol);
      return c != 0 ? c : range == null ? (o.range == null ? 0 : -1) : o.range == null ? 1 : range.compareTo(o.range);
    }
  }

  private static String featureDefault(Product product, String feature) {
    return product.feature(feature).map(f -> f.enabledByDefault() ? " (on by default)" : " (off by default)")
        .orElse("");
  }

  /** Sorted so the diagram's lines come out in the same order on every build. */
  private record EdgeKey(String from, String to, boolean both, String feature) implements Comparable<EdgeKey> {
    @Override
    public int compareTo(EdgeKey o) {
      return String.join("\u0000", from, to, Boolean.toString(both), feature)
          .compareTo(String.join("\u0000", o.from, o.to, Boolean.toString(o.both), o.feature));
    }
  }
}
