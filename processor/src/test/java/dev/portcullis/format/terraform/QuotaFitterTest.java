package dev.portcullis.format.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.model.Flow;
import dev.portcullis.model.Product;
import dev.portcullis.plan.RulePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The split over groups at the defaults, as main.tf sizes it at plan time: no group gets more than
 * 60 rules per direction and family, the component needs no more groups than its busiest family
 * requires, and every AWS rule is counted once.
 */
class QuotaFitterTest {
  private static final int QUOTA = QuotaFitter.AWS_DEFAULT_QUOTA;

  @Test
  void aComponentWithinTheQuotaIsOneGroup() {
    List<Flow> flows = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      flows.add(TestProducts.tcpFromComponent("f" + i, "node", "node", 10000 + 2 * i));
    }
    Product product = TestProducts.product(List.of("node"), List.of(), flows);
    List<GroupPlan> groups = new QuotaFitter(product, QUOTA).fit(new RulePlanner(RulePlan.of(product)).plan());
    assertEquals(List.of("node"), groups.stream().map(GroupPlan::name).toList());
    // 20 group references in and out, plus the allow-all egress per family
    assertEquals(new RuleCounts(20, 20, 21, 21), groups.get(0).counts());
  }

  @Test
  void adjacentPortsMergedByThePlanAreOneRule() {
    List<Flow> flows = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      flows.add(TestProducts.tcpFromZone("f" + String.format("%02d", i), "node", "lan", 20000 + i, 20000 + i));
    }
    Product product = TestProducts.product(List.of("node"),
        List.of(TestProducts.zone("lan", List.of("10.0.0.0/8"), List.of())), flows);
    Map<String, List<RuleUnit>> units = new RulePlanner(RulePlan.of(product)).plan();
    List<GroupPlan> groups = new QuotaFitter(product, QUOTA).fit(units);
    assertEquals(1, groups.size());
    List<RuleUnit> ingress = units.get("node").stream()
        .filter(r -> r.direction() == RuleDirection.INGRESS && r.peer().kind() == RulePeer.Kind.ZONE_IPV4).toList();
    assertEquals(1, ingress.size(), "70 adjacent ports are one range");
    assertEquals(20000, ingress.get(0).ports().from());
    assertEquals(20069, ingress.get(0).ports().to());
    assertEquals(70, ingress.get(0).flowIds().size());
    String description = ingress.get(0).description();
    assertTrue(description.length() <= AwsDescription.MAX_LENGTH, description);
    assertTrue(description.startsWith("Service f00 (f00); Service f01 (f01)"), description);
    assertTrue(description.matches(".* \\+\\d+ more"), description);
  }

  @Test
  void rulesThatCannotBeCompactedAreSplitOverSeveralGroups() {
    List<Flow> flows = new ArrayList<>();
    for (int i = 0; i < 130; i++) {
      flows.add(TestProducts.tcpFromZone("f" + String.format("%03d", i), "node", "lan", 20000 + 2 * i, 20000 + 2 * i));
    }
    Product product = TestProducts.product(List.of("node"),
        List.of(TestProducts.zone("lan", List.of("10.0.0.0/8"), List.of("2001:db8::/32"))), flows);
    List<GroupPlan> groups = new QuotaFitter(product, QUOTA).fit(new RulePlanner(RulePlan.of(product)).plan());
    assertEquals(List.of("node", "node_part2", "node_part3"), groups.stream().map(GroupPlan::name).toList());
    for (GroupPlan g : groups) {
      assertTrue(g.counts().within(QUOTA), g.name() + ": " + g.counts());
      assertEquals(3, g.parts());
    }
    assertEquals(130, groups.stream().mapToInt(g -> g.counts().ingressIpv4()).sum());
    assertEquals(130, groups.stream().mapToInt(g -> g.counts().ingressIpv6()).sum());
  }

  @Test
  void manyCidrsInAZoneCountOneRuleEach() {
    List<String> cidrs = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      cidrs.add("10." + i + ".0.0/16");
    }
    List<Flow> flows = List.of(
        TestProducts.tcpFromZone("a", "node", "lan", 22, 22),
        TestProducts.tcpFromZone("b", "node", "lan", 80, 80),
        TestProducts.tcpFromZone("c", "node", "lan", 443, 443));
    Product product = TestProducts.product(List.of("node"), List.of(TestProducts.zone("lan", cidrs, List.of())), flows);
    List<GroupPlan> groups = new QuotaFitter(product, QUOTA).fit(new RulePlanner(RulePlan.of(product)).plan());
    assertEquals(2, groups.size(), "75 IPv4 rules need two groups");
    groups.forEach(g -> assertTrue(g.counts().within(QUOTA), g.name() + ": " + g.counts()));
    assertEquals(75, groups.stream().mapToInt(g -> g.counts().ingressIpv4()).sum());
  }

  /** References count in both families and come first; each family then fills the parts on its own. */
  @Test
  void referencesCountInBothFamiliesAndComeFirst() {
    List<Flow> flows = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      flows.add(TestProducts.tcpFromComponent("g" + String.format("%02d", i), "node", "node", 10000 + 2 * i));
    }
    for (int i = 0; i < 20; i++) {
      flows.add(TestProducts.tcpFromZone("z" + String.format("%02d", i), "node", "lan", 30000 + 2 * i, 30000 + 2 * i));
    }
    Product product = TestProducts.product(List.of("node"),
        List.of(TestProducts.zone("lan", List.of("10.0.0.0/8"), List.of())), flows);
    List<GroupPlan> groups = new QuotaFitter(product, QUOTA).fit(new RulePlanner(RulePlan.of(product)).plan());
    assertEquals(2, groups.size());
    assertEquals(60, groups.get(0).counts().ingressIpv4());
    assertEquals(50, groups.get(0).counts().ingressIpv6());
    assertEquals(10, groups.get(1).counts().ingressIpv4());
    assertEquals(0, groups.get(1).counts().ingressIpv6());
  }
}
