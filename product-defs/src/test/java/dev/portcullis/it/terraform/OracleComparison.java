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
   * @param zoneCidrs the addresses each zone's variables hold (defaults, or what the inputs set):
   *     {@code ipv4:<cidr>}, {@code ipv6:<cidr>}, {@code sg:<security group id>}
   * @param componentPeers the addresses of each component's instances outside the VPC
   * @param existingGroups the existing group that takes each component's rules, when set
   */
  record Scenario(String name, Map<String, String> inputs, Settings settings, boolean allowAllEgress,
      Map<String, List<String>> zoneCidrs, Map<String, List<String>> componentPeers,
      Map<String, String> existingGroups) {
    Scenario(String name, Map<String, String> inputs, Settings settings, boolean allowAllEgress,
        Map<String, List<String>> zoneCidrs) {
      this(name, inputs, settings, allowAllEgress, zoneCidrs, Map.of(), Map.of());
    }
  }

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

  /**
   * The AWS idioms beside CIDRs: every zone the module has a variable for is also a security
   * group ({@code <zone>_security_group_ids}), the first component's rules go on an existing
   * group ({@code existing_security_group_ids}), and every component that is a peer
   * also has instances outside the VPC ({@code <component>_external_ipv4_cidrs} / {@code _ipv6_cidrs}).
   * An SG-reference zone means rules referencing that group id beside the CIDRs; an external peer
   * means rules from its CIDRs beside the rules referencing the component's group.
   *
   * @param zones the zones the module has variables for (the zones in use)
   * @param peers the components that are another's peer
   */
  static Scenario references(JsonNode model, List<String> zones, List<String> peers) {
    Map<String, String> inputs = new TreeMap<>();
    Map<String, List<String>> cidrs = defaultCidrs(model);
    int n = 0;
    for (String zone : zones) {
      n++;
      String id = "sg-0" + String.format("%016x", n);
      inputs.put(zone + "_security_group_ids", "{ lb = \"" + id + "\" }");
      List<String> list = new ArrayList<>(cidrs.getOrDefault(zone, List.of()));
      list.add("sg:" + id);
      cidrs.put(zone, list);
    }
    Map<String, List<String>> componentPeers = new TreeMap<>();
    int m = 0;
    for (String peer : peers) {
      m++;
      String v4 = "203.0." + (100 + m) + ".0/24";
      String v6 = "2001:db8:ff" + String.format("%02x", m) + "::/64";
      inputs.put(peer + "_external_ipv4_cidrs", "[\"" + v4 + "\"]");
      inputs.put(peer + "_external_ipv6_cidrs", "[\"" + v6 + "\"]");
      componentPeers.put(peer, List.of("ipv4:" + Cidr.canonical(v4), "ipv6:" + Cidr.canonical(v6)));
    }
    String first = model.path("components").get(0).path("id").asText();
    String existing = "sg-0eeeeeeeeeeeeeee1";
    inputs.put("existing_security_group_ids", "{ " + first + " = \"" + existing + "\" }");
    return new Scenario("security group zones, existing group, peers outside the VPC", inputs, Settings.defaults(),
        true, cidrs, componentPeers, Map.of(first, existing));
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
      Set<String> expected = scenario.allowAllEgress() && !scenario.existingGroups().containsKey(component)
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
    problems.addAll(existingGroupProblems(plan, scenario));
    assertTrue(!planned.isEmpty(), plan.product() + " plans no rules");
    assertTrue(problems.isEmpty(), plan.product() + " [" + scenario.name() + "]: " + problems.size()
        + " differences from the oracle:\n  " + String.join("\n  ", problems));
  }

  /**
   * A component with an existing group: the module creates no group for it, its rules are on the
   * existing group, and every rule naming it as peer references the existing group.
   */
  private static List<String> existingGroupProblems(ModulePlan plan, Scenario scenario) {
    List<String> problems = new ArrayList<>();
    scenario.existingGroups().forEach((component, id) -> {
      for (JsonNode group : plan.groups()) {
        if (group.path("index").asText().equals(component)) {
          problems.add("a group is created for " + component + " although it has the existing group " + id);
        }
      }
      boolean any = false;
      for (JsonNode rule : plan.ruleResources()) {
        JsonNode v = rule.path("values");
        if (ModulePlan.groupOf(rule).equals(component)) {
          any = true;
          if (!id.equals(v.path("security_group_id").asText())) {
            problems.add(rule.path("address").asText() + " is not on the existing group " + id);
          }
        }
        if (v.path("tags").path("portcullis:peer").asText().equals("component:" + component)
            && v.has("referenced_security_group_id") && !v.path("referenced_security_group_id").isNull()
            && !id.equals(v.path("referenced_security_group_id").asText())) {
          problems.add(rule.path("address").asText() + " references " + v.path("referenced_security_group_id")
              + " instead of the existing group " + id);
        }
      }
      if (!any) {
        problems.add("no rule is on the existing group of " + component);
      }
    });
    return problems;
  }

  /**
   * The AWS peers of a reach: the group (and its instances' CIDRs outside the VPC), or each
   * address of the zone; ICMP goes to IPv4 CIDRs and groups, ICMPv6 to IPv6 CIDRs and groups.
   */
  private static List<String> awsPeers(Reach reach, Scenario scenario) {
    List<String> peers = new ArrayList<>();
    if (reach.peerKind().equals("component")) {
      peers.add(reach.peer());
      peers.addAll(scenario.componentPeers().getOrDefault(reach.peerId(), List.of()));
    } else {
      peers.addAll(scenario.zoneCidrs().getOrDefault(reach.peerId(), List.of()));
    }
    return peers.stream()
        .filter(c -> !reach.protocol().equals("icmp") || !c.startsWith("ipv6:"))
        .filter(c -> !reach.protocol().equals("icmpv6") || !c.startsWith("ipv4:")).toList();
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
      scenario.componentPeers().forEach((component, cidrs) -> {
        if (cidrs.contains(rule.peer())) {
          peers.add("component:" + component);
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
