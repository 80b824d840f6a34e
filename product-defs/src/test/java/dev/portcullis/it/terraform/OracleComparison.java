package dev.portcullis.it.terraform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.it.oracle.Direction;
import dev.portcullis.it.oracle.Reach;
import dev.portcullis.it.oracle.Reachability;
import dev.portcullis.it.oracle.Settings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The planned rules of a module (what {@code terraform plan} says) compared with the shared
 * reachability oracle, both ways, for the module inputs a scenario set:
 * <ul>
 *   <li>every reach of the oracle is covered by a planned rule of that component's groups: a
 *       component peer as a group reference, a zone as each CIDR the zone's variables hold (ICMP
 *       for IPv4 CIDRs, ICMPv6 for IPv6 CIDRs, both for a group);
 *   <li>no planned rule allows a port, ICMP type or protocol the oracle does not, and no rule
 *       allows a port of the oracle's must-not sample; the only exception is the declared limit
 *       {@code portcullis:aws-sctp-ports} (an SCTP rule allows every port);
 *   <li>the allow-all egress rules exist exactly when {@code allow_all_egress} is true, and then
 *       the oracle with open egress allows everything they allow;
 *   <li>no two planned rules allow the same thing (AWS refuses duplicates at apply).
 * </ul>
 * The explicit rules are compared with the oracle with egress restricted: the module plans the
 * definition's egress rules whatever {@code allow_all_egress} says.
 */
final class OracleComparison {
  private static final String ALL_PROTOCOLS = "-1";
  private static final String SCTP = "132";

  private OracleComparison() {}

  /**
   * One set of module inputs and the oracle settings that mean the same.
   *
   * @param inputs module variable name -> HCL value
   * @param zoneCidrs the CIDRs each zone's variables hold (defaults, or what the inputs set)
   */
  record Scenario(String name, Map<String, String> inputs, Settings settings, boolean allowAllEgress,
      Map<String, List<String>> zoneCidrs) {}

  /** The defaults: the zones' default CIDRs, allow_all_egress true. */
  static Scenario defaults(JsonNode model) {
    return new Scenario("defaults", Map.of(), Settings.defaults(), true, defaultCidrs(model));
  }

  /** The defaults with allow_all_egress = false. */
  static Scenario restricted(JsonNode model) {
    return new Scenario("allow_all_egress = false", Map.of("allow_all_egress", "false"),
        Settings.defaults().restrictEgress(true), false, defaultCidrs(model));
  }

  /**
   * Every feature switched from its default, every port variable moved (40001, 40002, ...), every
   * protocol variable switched, every instance count at its maximum, and every zone without
   * default addresses given one IPv4 and one IPv6 network (198.51.N.0/24, 2001:db8:N::/48).
   */
  static Scenario moved(JsonNode model, boolean restrictEgress) {
    Map<String, String> inputs = new TreeMap<>();
    Settings settings = Settings.defaults().restrictEgress(restrictEgress);
    if (restrictEgress) {
      inputs.put("allow_all_egress", "false");
    }
    for (JsonNode f : model.path("features")) {
      boolean on = !f.path("enabledByDefault").asBoolean();
      inputs.put("enable_" + f.path("id").asText(), Boolean.toString(on));
      settings = settings.feature(f.path("id").asText(), on);
    }
    int port = 40000;
    for (JsonNode v : model.path("variables")) {
      String name = v.path("name").asText();
      switch (v.path("kind").asText()) {
        case "port" -> {
          port++;
          inputs.put(name, Integer.toString(port));
          settings = settings.port(name, port);
        }
        case "protocol" -> {
          String other = v.path("default").asText().equals("udp") ? "tcp" : "udp";
          inputs.put(name, "\"" + other + "\"");
          settings = settings.protocol(name, other);
        }
        case "instance_count" -> {
          int max = v.path("max").asInt();
          inputs.put(name, Integer.toString(max));
          settings = settings.count(name, max);
        }
        default -> throw new IllegalArgumentException("unknown variable kind " + v);
      }
    }
    Map<String, List<String>> cidrs = defaultCidrs(model);
    int n = 0;
    for (JsonNode z : model.path("zones")) {
      n++;
      String id = z.path("id").asText();
      if (z.path("ipv4").isEmpty() && z.path("ipv6").isEmpty()) {
        String v4 = "198.51." + n + ".0/24";
        String v6 = "2001:db8:" + Integer.toHexString(n) + "::/48";
        inputs.put(id + "_ipv4_cidrs", "[\"" + v4 + "\"]");
        inputs.put(id + "_ipv6_cidrs", "[\"" + v6 + "\"]");
        cidrs.put(id, List.of("ipv4:" + Cidr.canonical(v4), "ipv6:" + Cidr.canonical(v6)));
      }
    }
    return new Scenario(restrictEgress ? "features, ports, zones, allow_all_egress = false"
        : "features, ports, zones", inputs, settings, !restrictEgress, cidrs);
  }

  /** Whether the definition lets a user restrict outgoing traffic. */
  static boolean mayRestrictEgress(JsonNode model) {
    return !model.path("prerequisites").path("outgoing").path("mustBeAllowed").asBoolean();
  }

  private static Map<String, List<String>> defaultCidrs(JsonNode model) {
    Map<String, List<String>> cidrs = new TreeMap<>();
    for (JsonNode z : model.path("zones")) {
      List<String> list = new ArrayList<>();
      z.path("ipv4").forEach(c -> list.add("ipv4:" + Cidr.canonical(c.asText())));
      z.path("ipv6").forEach(c -> list.add("ipv6:" + Cidr.canonical(c.asText())));
      cidrs.put(z.path("id").asText(), list);
    }
    return cidrs;
  }

  /** Fails with every difference between the planned rules and the oracle. */
  static void assertAgrees(ModulePlan plan, JsonNode model, Scenario scenario) {
    List<PlannedRule> planned = plan.rules();
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (PlannedRule rule : planned) {
      if (!seen.add(rule.toString())) {
        problems.add("planned twice (AWS refuses duplicates): " + rule);
      }
    }
    Reachability oracle = Reachability.of(model).with(scenario.settings().restrictEgress(true));
    List<PlannedRule> explicit = planned.stream().filter(r -> !r.protocol().equals(ALL_PROTOCOLS)).toList();

    // every reach is covered
    for (Reach reach : oracle.mustPass()) {
      for (String peer : awsPeers(reach, scenario)) {
        if (!covered(explicit, reach, peer)) {
          problems.add("no planned rule for " + reach + " with peer " + peer);
        }
      }
    }
    // nothing planned beyond the oracle
    for (PlannedRule rule : explicit) {
      String why = beyond(rule, oracle, scenario);
      if (why != null) {
        problems.add("planned but not in the definition: " + rule + " (" + why + ")");
      }
    }
    for (Reach refused : oracle.mustNotSample()) {
      for (String peer : awsPeers(refused, scenario)) {
        for (PlannedRule rule : explicit) {
          if (matches(rule, refused.component(), refused.direction(), peer) && rule.protocol().equals(refused.protocol())
              && portsCover(rule, refused.from(), refused.to())) {
            problems.add("planned rule " + rule + " allows what must be refused: " + refused);
          }
        }
      }
    }
    // allow_all_egress
    Set<String> components = new TreeSet<>();
    model.path("components").forEach(c -> components.add(c.path("id").asText()));
    for (String component : components) {
      Set<String> allowAll = new TreeSet<>();
      planned.stream().filter(r -> r.component().equals(component) && r.protocol().equals(ALL_PROTOCOLS))
          .forEach(r -> allowAll.add(r.direction() + " " + r.ports() + " " + r.peer()));
      Set<String> expected = scenario.allowAllEgress()
          ? Set.of("egress - ipv4:" + Cidr.canonical("0.0.0.0/0"), "egress - ipv6:" + Cidr.canonical("::/0"))
          : Set.of();
      if (!allowAll.equals(expected)) {
        problems.add(component + ": all-traffic rules " + allowAll + ", expected " + expected);
      }
    }
    if (scenario.allowAllEgress()) {
      Reachability open = Reachability.of(model).with(scenario.settings().restrictEgress(false));
      assertTrue(open.allows(components.iterator().next(), Direction.EGRESS, "zone:anything", "tcp", 1),
          "the oracle with open egress allows all egress");
    }
    assertTrue(!planned.isEmpty(), plan.product() + " plans no rules");
    assertTrue(problems.isEmpty(), plan.product() + " [" + scenario.name() + "]: " + problems.size()
        + " differences from the oracle:\n  " + String.join("\n  ", problems));
  }

  /** The AWS peers of a reach: the group, or each CIDR of the zone (of the family ICMP needs). */
  private static List<String> awsPeers(Reach reach, Scenario scenario) {
    if (reach.peerKind().equals("component")) {
      return List.of(reach.peer());
    }
    List<String> cidrs = scenario.zoneCidrs().getOrDefault(reach.peerId(), List.of());
    return cidrs.stream().filter(c -> !reach.protocol().equals("icmp") || c.startsWith("ipv4:"))
        .filter(c -> !reach.protocol().equals("icmpv6") || c.startsWith("ipv6:")).toList();
  }

  private static boolean matches(PlannedRule rule, String component, Direction direction, String peer) {
    return rule.component().equals(component) && rule.direction().equals(direction.name().toLowerCase(java.util.Locale.ROOT))
        && rule.peer().equals(peer);
  }

  private static boolean covered(List<PlannedRule> rules, Reach reach, String peer) {
    List<PlannedRule> candidates = rules.stream()
        .filter(r -> matches(r, reach.component(), reach.direction(), peer)).toList();
    if (reach.protocol().equals("sctp")) {
      return candidates.stream().anyMatch(r -> r.protocol().equals(SCTP)); // every SCTP port: a declared limit
    }
    if (reach.isIcmp()) {
      String ports = reach.from() + ".." + reach.to();
      return candidates.stream().anyMatch(r -> r.protocol().equals(reach.protocol()) && r.ports().equals(ports));
    }
    List<int[]> ranges = candidates.stream().filter(r -> r.protocol().equals(reach.protocol()))
        .map(OracleComparison::range).sorted(Comparator.comparingInt((int[] a) -> a[0])).toList();
    int next = reach.from();
    for (int[] range : ranges) {
      if (range[0] <= next && range[1] >= next) {
        next = range[1] + 1;
      }
    }
    return next > reach.to();
  }

  /** Why a planned rule allows more than the oracle, or null. */
  private static String beyond(PlannedRule rule, Reachability oracle, Scenario scenario) {
    List<String> peers = new ArrayList<>();
    if (rule.peer().startsWith("component:")) {
      peers.add(rule.peer());
    } else {
      scenario.zoneCidrs().forEach((zone, cidrs) -> {
        if (cidrs.contains(rule.peer())) {
          peers.add("zone:" + zone);
        }
      });
      if (peers.isEmpty()) {
        return "its peer is in no zone";
      }
    }
    Direction direction = rule.direction().equals("ingress") ? Direction.INGRESS : Direction.EGRESS;
    for (String peer : peers) {
      List<Reach> reaches = oracle.mustPass(rule.component(), direction).stream()
          .filter(r -> r.peer().equals(peer)).toList();
      boolean ok = switch (rule.protocol()) {
        case SCTP -> reaches.stream().anyMatch(r -> r.protocol().equals("sctp"));
        case "icmp", "icmpv6" -> reaches.stream().anyMatch(r -> r.protocol().equals(rule.protocol())
            && rule.ports().equals(r.from() + ".." + r.to()));
        case "tcp", "udp" -> {
          int[] range = range(rule);
          int next = range[0];
          for (Reach r : reaches.stream().filter(r -> r.protocol().equals(rule.protocol()))
              .sorted(Comparator.comparingInt(Reach::from)).toList()) {
            if (r.from() <= next && r.to() >= next) {
              next = r.to() + 1;
            }
          }
          yield next > range[1];
        }
        default -> false;
      };
      if (ok) {
        return null;
      }
    }
    return "the oracle has no such reach for " + peers;
  }

  private static boolean portsCover(PlannedRule rule, int from, int to) {
    if (rule.ports().equals("-")) {
      return true;
    }
    int[] range = range(rule);
    return range[0] <= from && to <= range[1];
  }

  private static int[] range(PlannedRule rule) {
    String[] p = rule.ports().split("\\.\\.");
    return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])};
  }
}
