package dev.portcullis.format.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.annotations.Direction;
import dev.portcullis.annotations.Protocol;
import dev.portcullis.model.Flow;
import dev.portcullis.model.Peer;
import dev.portcullis.model.PortRange;
import dev.portcullis.model.Product;
import dev.portcullis.model.Transport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules that differ only in adjacent or overlapping fixed ports are one rule; nothing else merges. */
class PortCompactorTest {
  private static final List<dev.portcullis.model.Zone> LAN =
      List.of(TestProducts.zone("lan", List.of("10.0.0.0/8"), List.of()));

  @Test
  void adjacentRangesOfOneFlowAreOneRule() {
    Flow flow = flow("web", List.of(PortRange.of(8080), new PortRange(8081, 8089), PortRange.of(9000)), null, null);
    List<RuleUnit> rules = lanIngress(TestProducts.product(List.of("node"), LAN, List.of(flow)));
    assertEquals(List.of(RulePorts.range(8080, 8089), RulePorts.range(9000, 9000)),
        rules.stream().map(RuleUnit::ports).toList());
    assertEquals("Service web", rules.get(0).description());
  }

  @Test
  void adjacentAndOverlappingPortsOfTwoFlowsAreOneRuleNamingBoth() {
    Product product = TestProducts.product(List.of("node"), LAN, List.of(
        TestProducts.tcpFromZone("a", "node", "lan", 100, 110),
        TestProducts.tcpFromZone("b", "node", "lan", 105, 120),
        TestProducts.tcpFromZone("c", "node", "lan", 121, 121)));
    List<RuleUnit> rules = lanIngress(product);
    assertEquals(1, rules.size());
    RuleUnit rule = rules.get(0);
    assertEquals(RulePorts.range(100, 121), rule.ports());
    assertEquals(List.of("a", "b", "c"), rule.flowIds());
    assertEquals("Service a (a); Service b (b); Service c (c)", rule.description());
    assertEquals("a+b+c_tcp_100-121_from_lan_${peer}", rule.keyTemplate());
  }

  @Test
  void variablePortsAndDifferentFeaturesStaySeparate() {
    Product product = TestProducts.product(List.of("node"), LAN, List.of(
        TestProducts.tcpFromZone("a", "node", "lan", 100, 100),
        flow("b", List.of(PortRange.of(101)), null, "b_port"),
        flow("c", List.of(PortRange.of(99)), "tls", null)));
    assertEquals(3, lanIngress(product).size());
  }

  @Test
  void mergingStopsWhereTheDescriptionCouldNoLongerNameEveryFlow() {
    List<Flow> flows = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      flows.add(TestProducts.tcpFromZone("a_rather_long_flow_id_" + String.format("%02d", i), "node", "lan",
          1000 + i, 1000 + i));
    }
    List<RuleUnit> rules = lanIngress(TestProducts.product(List.of("node"), LAN, flows));
    assertTrue(rules.size() > 1, rules.toString());
    for (RuleUnit rule : rules) {
      assertTrue(rule.description().length() <= AwsDescription.MAX_LENGTH, rule.description());
      rule.flowIds().forEach(id -> assertTrue(rule.description().contains(id), id + " in " + rule.description()));
    }
    assertEquals(40, rules.stream().mapToInt(r -> r.flowIds().size()).sum());
  }

  private static Flow flow(String id, List<PortRange> ports, String feature, String portVariable) {
    return new Flow(id, "Service " + id, "", "node", Peer.zone("lan"), Direction.INBOUND, Protocol.TCP,
        List.of(Transport.TCP), ports, null, portVariable, null, null, feature, null);
  }

  private static List<RuleUnit> lanIngress(Product product) {
    return new RulePlanner(product).plan().get("node").stream()
        .filter(r -> r.direction() == RuleDirection.INGRESS && r.peer().kind() == RulePeer.Kind.ZONE_IPV4)
        .toList();
  }
}
