package dev.portcullis.format.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.model.Flow;
import dev.portcullis.model.Product;
import dev.portcullis.plan.RulePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * No group gets more than 60 rules per direction and family with the defaults, and fitting
 * (compaction, splitting) never changes what is allowed: the expanded port set per peer is the
 * same before and after.
 */
class QuotaFitterTest {
  private static final int QUOTA = QuotaFitter.AWS_DEFAULT_QUOTA;

  @Test
  void aComponentWithinTheQuotaIsLeftAlone() {
    List<Flow> flows = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      flows.add(TestProducts.tcpFromComponent("f" + i, "node", "node", 10000 + i));
    }
    Product product = TestProducts.product(List.of("node"), List.of(), flows);
    Map<String, List<RuleUnit>> planned = new RulePlanner(RulePlan.of(product)).plan();
    List<GroupPlan> groups = new QuotaFitter(product, QUOTA).fit(planned);
    assertEquals(1, groups.size());
    assertEquals(planned.get("node"), groups.get(0).rules());
  }

  @Test
  void adjacentPortsMergedByThePlanAreOneRuleSoTheGroupStaysWithinTheQuota() {
    List<Flow> flows = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      flows.add(TestProducts.tcpFromZone("f" + String.format("%02d", i), "node", "lan", 20000 + i, 20000 + i));
    }
    Product product = TestProducts.product(List.of("node"),
        List.of(TestProducts.zone("lan", List.of("10.0.0.0/8"), List.of())), flows);
    List<GroupPlan> groups = new QuotaFitter(product, QUOTA).fit(new RulePlanner(RulePlan.of(product)).plan());
    assertEquals(1, groups.size());
    List<RuleUnit> ingress = groups.get(0).rules(RuleDirection.INGRESS).stream()
        .filter(r -> r.peer().kind() == RulePeer.Kind.ZONE_IPV4).toList();
    // the plan merged the 70 adjacent ports into one span; the description names the first flows
    assertEquals(1, ingress.size(), "70 adjacent ports are one range");
    assertEquals(20000, ingress.get(0).ports().from());
    assertEquals(20069, ingress.get(0).ports().to());
    assertEquals(70, ingress.get(0).flowIds().size());
    String description = ingress.get(0).description();
    assertTrue(description.length() <= AwsDescription.MAX_LENGTH, description);
    assertTrue(description.startsWith("Service f00 (f00); Service f01 (f01)"), description);
    assertTrue(description.matches(".* \\+\\d+ more"), description);
    assertAllowsTheSame(product, groups);
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
      assertEquals(g.counts(), RuleCounts.sum(g.rules(), product));
      assertEquals(3, g.parts());
    }
    assertAllowsTheSame(product, groups);
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

  /** Every (component, direction, protocol, port, peer) allowed before fitting is allowed after, and nothing else. */
  private static void assertAllowsTheSame(Product product, List<GroupPlan> groups) {
    Set<String> before = new TreeSet<>();
    new RulePlanner(RulePlan.of(product)).plan().values().forEach(units -> units.forEach(u -> expand(u, before)));
    Set<String> after = new TreeSet<>();
    groups.forEach(g -> g.rules().forEach(u -> expand(u, after)));
    assertEquals(before, after);
  }

  private static void expand(RuleUnit u, Set<String> into) {
    for (int port = u.ports().defaultFrom(); port <= u.ports().defaultTo(); port++) {
      into.add(u.component() + " " + u.direction() + " " + u.protocol() + " " + port + " " + u.peer() + " " + u.gate());
    }
  }
}
