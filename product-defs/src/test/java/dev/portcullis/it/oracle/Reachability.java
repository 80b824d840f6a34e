package dev.portcullis.it.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one reachability oracle every target's test compares with: what a product's definition
 * says must pass, and a sample of what must not, computed from its model JSON alone (not from
 * the processor's plan, so a mistake in the plan shows up as a difference).
 *
 * <p>A flow on component C with peer P opens, per transport and port range: when P connects to C
 * (inbound or bidirectional) C's INGRESS from P; when C connects to P (outbound or
 * bidirectional) C's EGRESS to P; and when P is a component, the other end of the same
 * connections on P (its EGRESS to C for the first, its INGRESS from C for the second), because a
 * connection between two firewalled hosts passes both. Outgoing traffic is open unless the
 * settings restrict it.
 *
 * <p>A zone's members are its CIDRs' addresses, its namespaces' pods and the hosts its
 * {@code names} name ({@link #zoneHasHost}): a name matches itself, and {@code *.d} matches one
 * more label in front of {@code d}, as Cilium's {@code matchPattern} does. Names are not
 * addresses: a zone with names and no CIDRs has no member a target without name matching can
 * reach.
 */
public final class Reachability {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int[] FAR_PORTS = {1, 9, 40999, 65535};

  private final JsonNode model;
  private final Settings settings;
  private final List<Reach> reaches;

  private Reachability(JsonNode model, Settings settings) {
    this.model = model;
    this.settings = settings;
    this.reaches = compute();
  }

  public static Reachability of(Path modelJson) {
    try {
      return new Reachability(JSON.readTree(modelJson.toFile()), Settings.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Reachability of(JsonNode model) {
    return new Reachability(model, Settings.defaults());
  }

  public Reachability with(Settings newSettings) {
    return new Reachability(model, newSettings);
  }

  public JsonNode model() {
    return model;
  }

  public Settings settings() {
    return settings;
  }

  /** The host names of a zone of the model (empty when it has none). */
  public List<String> zoneNames(String zone) {
    List<String> names = new ArrayList<>();
    for (JsonNode z : model.path("zones")) {
      if (z.path("id").asText().equals(zone)) {
        z.path("names").forEach(n -> names.add(n.asText()));
      }
    }
    return names;
  }

  /** Whether {@code host} (a fully qualified name, no trailing dot) is one the zone names. */
  public boolean zoneHasHost(String zone, String host) {
    String h = host.toLowerCase(java.util.Locale.ROOT);
    for (String name : zoneNames(zone)) {
      if (name.startsWith("*.")) {
        String domain = name.substring(1);
        if (h.endsWith(domain) && h.length() > domain.length() && h.indexOf('.') == h.length() - domain.length()) {
          return true;
        }
      } else if (name.equals(h)) {
        return true;
      }
    }
    return false;
  }

  /** Every reach, sorted by component, direction, peer, protocol and port. */
  public List<Reach> mustPass() {
    return reaches;
  }

  public List<Reach> mustPass(String component, Direction direction) {
    return reaches.stream().filter(r -> r.component().equals(component) && r.direction() == direction).toList();
  }

  /**
   * Whether a connection may pass {@code component}'s firewall in {@code direction} with
   * {@code peerRef} ({@code component:<id>} or {@code zone:<id>}) on {@code protocol} and
   * {@code port} (the ICMP type for ICMP).
   */
  public boolean allows(String component, Direction direction, String peerRef, String protocol, int port) {
    if (direction == Direction.EGRESS && !settings.egressRestricted()) {
      return true;
    }
    return reaches.stream().anyMatch(r -> r.component().equals(component) && r.direction() == direction
        && r.peer().equals(peerRef) && r.protocol().equals(protocol) && r.covers(port));
  }

  /**
   * Connections that must be refused: for every TCP and UDP reach, the ports just outside it and
   * a few far ports, for the same component, direction, peer and protocol, where no reach allows
   * them. Egress only when it is restricted.
   */
  public List<Reach> mustNotSample() {
    Set<Reach> sample = new LinkedHashSet<>();
    for (Reach r : reaches) {
      if (r.isIcmp() || r.protocol().equals("sctp")) {
        continue;
      }
      if (r.direction() == Direction.EGRESS && !settings.egressRestricted()) {
        continue;
      }
      List<Integer> candidates = new ArrayList<>(List.of(r.from() - 1, r.to() + 1));
      for (int far : FAR_PORTS) {
        candidates.add(far);
      }
      for (int port : candidates) {
        if (port >= 1 && port <= 65535 && !allows(r.component(), r.direction(), r.peer(), r.protocol(), port)) {
          sample.add(new Reach(r.component(), r.direction(), r.peer(), r.protocol(), port, port, List.of()));
        }
      }
    }
    return sample.stream().sorted(ORDER).toList();
  }

  private static final Comparator<Reach> ORDER = Comparator.comparing(Reach::component)
      .thenComparing(Reach::direction).thenComparing(Reach::peer).thenComparing(Reach::protocol)
      .thenComparingInt(Reach::from).thenComparingInt(Reach::to).thenComparing(r -> String.join(",", r.flows()));

  private List<Reach> compute() {
    List<Reach> out = new ArrayList<>();
    for (JsonNode flow : model.path("flows")) {
      if (!enabled(flow)) {
        continue;
      }
      String component = flow.path("component").asText();
      String peerKind = flow.path("peer").path("kind").asText();
      String peerId = flow.path("peer").path("id").asText();
      String peer = peerKind + ":" + peerId;
      String direction = flow.path("direction").asText();
      boolean peerConnects = !direction.equals("outbound");
      boolean componentConnects = !direction.equals("inbound");
      for (Match m : matches(flow)) {
        List<String> flows = List.of(flow.path("id").asText());
        if (peerConnects) {
          out.add(new Reach(component, Direction.INGRESS, peer, m.protocol, m.from, m.to, flows));
          if (peerKind.equals("component")) {
            out.add(new Reach(peerId, Direction.EGRESS, "component:" + component, m.protocol, m.from, m.to, flows));
          }
        }
        if (componentConnects) {
          out.add(new Reach(component, Direction.EGRESS, peer, m.protocol, m.from, m.to, flows));
          if (peerKind.equals("component")) {
            out.add(new Reach(peerId, Direction.INGRESS, "component:" + component, m.protocol, m.from, m.to, flows));
          }
        }
      }
    }
    return out.stream().distinct().sorted(ORDER).toList();
  }

  private boolean enabled(JsonNode flow) {
    if (!flow.has("feature")) {
      return true;
    }
    String feature = flow.path("feature").asText();
    Boolean set = settings.feature(feature);
    if (set != null) {
      return set;
    }
    for (JsonNode f : model.path("features")) {
      if (f.path("id").asText().equals(feature)) {
        return f.path("enabledByDefault").asBoolean();
      }
    }
    throw new IllegalStateException("flow " + flow.path("id").asText() + " names an undeclared feature " + feature);
  }

  private record Match(String protocol, int from, int to) {}

  private List<Match> matches(JsonNode flow) {
    List<Match> out = new ArrayList<>();
    List<String> transports = new ArrayList<>();
    flow.path("transports").forEach(t -> transports.add(t.asText()));
    if (flow.has("protocolVariable")) {
      String chosen = settings.protocol(flow.path("protocolVariable").asText());
      if (chosen != null) {
        transports.clear();
        transports.add(chosen);
      }
    }
    for (String transport : transports) {
      if (transport.equals("icmp")) {
        JsonNode icmp = flow.path("icmp");
        out.add(new Match("icmp", icmp.path("type").asInt(), icmp.path("code").asInt()));
        if (icmp.has("v6Type")) {
          out.add(new Match("icmpv6", icmp.path("v6Type").asInt(), icmp.path("v6Code").asInt()));
        }
        continue;
      }
      for (int[] range : ports(flow)) {
        out.add(new Match(transport, range[0], range[1]));
      }
    }
    return out;
  }

  private List<int[]> ports(JsonNode flow) {
    if (flow.has("portVariable")) {
      Integer moved = settings.number(flow.path("portVariable").asText());
      if (moved != null) {
        return List.of(new int[] {moved, moved});
      }
    }
    if (flow.has("instances")) {
      JsonNode i = flow.path("instances");
      Integer count = settings.number(i.path("variable").asText());
      int n = count != null ? count : i.path("defaultCount").asInt();
      return List.of(new int[] {i.path("base").asInt() + 1, i.path("base").asInt() + n});
    }
    List<int[]> ranges = new ArrayList<>();
    flow.path("ports").forEach(p -> ranges.add(new int[] {p.path("from").asInt(), p.path("to").asInt()}));
    return ranges;
  }
}
