package dev.portcullis.format.docs;

import dev.portcullis.model.Component;
import dev.portcullis.model.Flow;
import dev.portcullis.model.PortRange;
import dev.portcullis.model.Product;
import dev.portcullis.model.Transport;
import dev.portcullis.model.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the flowchart of a product: zones around a subgraph of components, and one arrow per
 * pair of nodes, direction and feature, labelled with every port that pair uses. Grouping keeps
 * the picture readable where the matrix has forty rows.
 */
final class DiagramBuilder {
  private static final String COMPONENT = "c";
  private static final String ZONE = "z";

  Diagram build(Product product) {
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
        components, zones, edges(product), String.join(",", publicZones), !publicZones.isEmpty());
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
    if (!cidrs.isEmpty()) {
      lines.addAll(wrap(String.join(", ", cidrs)));
    } else if (z.localSubnet()) {
      lines.add("the host's own subnet");
    } else if (z.namespaceSelector().isEmpty()) {
      lines.add("no default CIDRs");
    }
    return lines;
  }

  /** Arrows keyed by (from, to, both ways, feature), each collecting ports per protocol. */
  private static List<Diagram.Edge> edges(Product product) {
    Map<EdgeKey, Map<String, List<PortRange>>> ports = new TreeMap<>();
    for (Flow f : product.flows()) {
      String component = MermaidText.nodeId(COMPONENT, f.component());
      String peer = MermaidText.nodeId(f.peer().isZone() ? ZONE : COMPONENT, f.peer().id());
      boolean inbound = f.isInbound() && !f.isOutbound();
      String from = inbound ? peer : component;
      String to = inbound ? component : peer;
      boolean both = f.isInbound() && f.isOutbound();
      if (both && from.compareTo(to) > 0) { // one arrow per unordered pair
        String swap = from;
        from = to;
        to = swap;
      }
      EdgeKey key = new EdgeKey(from, to, both, f.feature() == null ? "" : f.feature());
      Map<String, List<PortRange>> byProtocol = ports.computeIfAbsent(key, k -> new TreeMap<>());
      if (f.isIcmp()) {
        byProtocol.computeIfAbsent("ICMP " + PortText.icmp(f.icmp()), k -> new ArrayList<>());
      } else {
        for (Transport t : f.transports()) {
          byProtocol.computeIfAbsent(t.name(), k -> new ArrayList<>()).addAll(f.ports());
        }
      }
    }
    List<Diagram.Edge> edges = new ArrayList<>();
    ports.forEach((key, byProtocol) -> {
      List<String> lines = new ArrayList<>();
      if (!key.feature().isEmpty()) {
        lines.add("feature " + key.feature() + featureDefault(product, key.feature()));
      }
      byProtocol.forEach((protocol, ranges) ->
          lines.addAll(wrap(ranges.isEmpty() ? protocol : protocol + " " + PortText.merged(ranges))));
      String arrow = key.feature().isEmpty() ? (key.both() ? "<-->" : "-->") : (key.both() ? "<-.->" : "-.->");
      edges.add(new Diagram.Edge(key.from(), arrow, MermaidText.label(lines), key.to()));
    });
    return edges;
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
