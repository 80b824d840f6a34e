package dev.portcullis.format.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.model.Flow;
import dev.portcullis.model.Product;
import dev.portcullis.plan.RulePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A rule's key depends on the rule alone: adding flows keeps every existing key. */
class RuleKeysTest {
  @Test
  void keysReadAsTheRuleTheyName() {
    Product product = TestProducts.product(List.of("node"), List.of(),
        List.of(TestProducts.tcpFromComponent("rest_api", "node", "node", 5705)));
    Set<String> keys = keys(product);
    assertTrue(keys.contains("node: rest_api_tcp_5705_from_node"), keys.toString());
    assertTrue(keys.contains("node: rest_api_tcp_5705_to_node"), keys.toString());
  }

  @Test
  void addingAFlowKeepsEveryOtherKey() {
    List<Flow> flows = new ArrayList<>(List.of(
        TestProducts.tcpFromComponent("rest_api", "node", "node", 5705),
        TestProducts.tcpFromZone("ssh", "node", "admins", 22, 22),
        TestProducts.tcpFromComponent("agent", "probe", "node", 9000)));
    var zones = List.of(TestProducts.zone("admins", List.of("10.0.0.0/8"), List.of()));
    Set<String> before = keys(TestProducts.product(List.of("node", "probe"), zones, flows));
    flows.add(0, TestProducts.tcpFromComponent("added", "node", "probe", 7000));
    Set<String> after = keys(TestProducts.product(List.of("node", "probe"), zones, flows));
    assertTrue(after.containsAll(before));
    Set<String> added = new TreeSet<>(after);
    added.removeAll(before);
    // the group reference, and its twins per CIDR of the peer's instances outside the VPC
    assertEquals(Set.of("node: added_tcp_7000_from_probe", "probe: added_tcp_7000_to_node",
        "node: added_tcp_7000_from_probe_${peer}", "probe: added_tcp_7000_to_node_${peer}"), added);
  }

  private static Set<String> keys(Product product) {
    Set<String> keys = new TreeSet<>();
    new RulePlanner(RulePlan.of(product)).plan().forEach((c, units) -> units.forEach(u -> keys.add(c + ": " + u.keyTemplate())));
    return keys;
  }
}
