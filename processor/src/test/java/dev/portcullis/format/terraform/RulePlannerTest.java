package dev.portcullis.format.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.annotations.Direction;
import dev.portcullis.annotations.Protocol;
import dev.portcullis.diagnostics.Message;
import dev.portcullis.format.Limit;
import dev.portcullis.format.RenderContext;
import dev.portcullis.model.Component;
import dev.portcullis.model.Flow;
import dev.portcullis.model.Icmp;
import dev.portcullis.model.Peer;
import dev.portcullis.model.PortRange;
import dev.portcullis.model.Prerequisites;
import dev.portcullis.model.Product;
import dev.portcullis.model.SysctlSetting;
import dev.portcullis.model.Transport;
import dev.portcullis.model.Zone;
import dev.portcullis.plan.RulePlan;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The module's rules are the plan's rules, formatted: one rule per span, the variables of
 * configurable and numbered ports, ICMP/ICMPv6 per address family, SCTP on every port (once
 * per peer), each zone rule also for the zone's prefix lists and security groups, each component
 * peer also for its instances outside the VPC, and the target's declared limits.
 */
class RulePlannerTest {
  private static Flow flow(String id, String component, Peer peer, Direction direction, List<Transport> transports,
      List<PortRange> ports, Icmp icmp, String portVariable, dev.portcullis.model.Instances instances) {
    Protocol protocol = transports.size() == 2 ? Protocol.TCP_UDP : Protocol.valueOf(transports.get(0).name());
    return new Flow(id, "Service " + id, "", component, peer, direction, protocol, transports, ports, icmp,
        portVariable, null, instances, null, null);
  }

  private static Product product(List<Flow> flows, List<Zone> zones, Prerequisites prerequisites) {
    return new Product("test", "Test", "", "", "test.Test",
        List.of(new Component("client", "client"), new Component("node", "node")), zones, List.of(), List.of(),
        flows, prerequisites, List.of());
  }

  private static Set<String> units(Product product) {
    Set<String> out = new TreeSet<>();
    Map<String, List<RuleUnit>> planned = new RulePlanner(RulePlan.of(product)).plan();
    planned.forEach((c, units) -> units.forEach(u -> out.add(c + " " + u.direction().word() + " " + u.protocol().text()
        + " " + u.ports().text() + " " + u.peer().tag() + "/" + u.peer().kind() + " " + u.flowTag())));
    return out;
  }

  @Test
  void eachPlannedRuleBecomesTheModulesRules() {
    Zone admins = new Zone("admins", "", List.of("10.0.0.0/8"), List.of("2001:db8::/32"), false, false, List.of());
    List<Flow> flows = List.of(
        flow("api", "node", Peer.component("client"), Direction.INBOUND, List.of(Transport.TCP),
            List.of(PortRange.of(80), new PortRange(81, 89), PortRange.of(443)), null, null, null),
        flow("sig", "node", Peer.component("client"), Direction.INBOUND, List.of(Transport.SCTP),
            List.of(PortRange.of(3868), PortRange.of(3870)), null, null, null),
        flow("ha", "node", Peer.component("node"), Direction.INBOUND, List.of(Transport.TCP),
            List.of(new PortRange(4746, 4747)), null, null, new dev.portcullis.model.Instances(4745, 2, 8, "ha_count")),
        flow("web", "node", Peer.zone("admins"), Direction.INBOUND, List.of(Transport.TCP),
            List.of(PortRange.of(8443)), null, "web_port", null),
        flow("redirect", "node", Peer.zone("admins"), Direction.INBOUND, List.of(Transport.ICMP),
            List.of(), Icmp.of(5, -1), null, null));
    Set<String> units = units(product(flows, List.of(admins), new Prerequisites(List.of(), null, null)));
    for (String expected : List.of(
        "node ingress tcp 80-89 component:client/GROUP api",
        "node ingress tcp 443 component:client/GROUP api",
        "client egress tcp 80-89 component:node/GROUP api",
        "node ingress sctp all component:client/GROUP sig",
        "client egress sctp all component:node/GROUP sig",
        "node ingress tcp 4746-4747 (4745 + var.ha_count) component:node/GROUP ha",
        "node egress tcp 4746-4747 (4745 + var.ha_count) component:node/GROUP ha",
        "node ingress tcp 8443 (var.web_port) zone:admins/ZONE_IPV4 web",
        "node ingress tcp 8443 (var.web_port) zone:admins/ZONE_IPV6 web",
        "node ingress tcp 8443 (var.web_port) zone:admins/ZONE_PREFIX_LIST web",
        "node ingress icmp type 5 zone:admins/ZONE_IPV4 redirect",
        "node ingress icmp type 5 zone:admins/ZONE_PREFIX_LIST redirect",
        "node ingress icmp type 5 zone:admins/ZONE_GROUP redirect",
        "node ingress tcp 8443 (var.web_port) zone:admins/ZONE_GROUP web",
        "node ingress tcp 443 component:client/EXTERNAL_IPV4 api",
        "node ingress tcp 443 component:client/EXTERNAL_IPV6 api",
        "node egress all all anywhere/ANYWHERE_IPV4 allow_all_egress")) {
      assertTrue(units.contains(expected), expected + " not in " + units);
    }
    // SCTP has no ports in AWS: the plan's two spans are one rule; ICMP 5 has no ICMPv6 counterpart
    assertEquals(1, units.stream().filter(u -> u.startsWith("node ingress sctp") && u.contains("/GROUP")).count(),
        units.toString());
    assertTrue(units.stream().noneMatch(u -> u.contains("redirect") && u.contains("ZONE_IPV6")), units.toString());
  }

  @Test
  void theTargetDeclaresWhatItCannotExpress() {
    Zone mail = new Zone("mail", "", List.of(), List.of(), false, false, List.of());
    Zone lan = new Zone("lan", "", List.of(), List.of(), false, true, List.of());
    List<Flow> flows = List.of(
        flow("sig", "node", Peer.component("client"), Direction.INBOUND, List.of(Transport.SCTP),
            List.of(PortRange.of(3868)), null, null, null),
        flow("smtp", "node", Peer.zone("mail"), Direction.OUTBOUND, List.of(Transport.TCP),
            List.of(PortRange.of(25)), null, null, null),
        flow("peers", "node", Peer.zone("lan"), Direction.INBOUND, List.of(Transport.TCP),
            List.of(PortRange.of(7000)), null, null, null),
        flow("redirect", "node", Peer.component("node"), Direction.INBOUND, List.of(Transport.ICMP),
            List.of(), Icmp.of(5, -1), null, null));
    Product product = product(flows, List.of(lan, mail),
        new Prerequisites(List.of(new SysctlSetting("net.ipv4.ip_forward", "1", "")), null, "routes"));
    List<Limit> limits = new TerraformTarget().limits(RulePlan.of(product), null);
    Map<String, Message> bySubject = new java.util.TreeMap<>();
    limits.forEach(l -> {
      assertEquals("Terraform (AWS security groups)", l.target());
      bySubject.put(l.subject(), l.warning() == null ? null : l.warning().message());
    });
    assertEquals(Message.AWS_SCTP_PORTS, bySubject.get("flow sig on node (SCTP 3868)"));
    assertEquals(Message.ZONE_WITHOUT_DEFAULTS, bySubject.get("zone mail"));
    assertEquals(Message.ZONE_WITHOUT_DEFAULTS, bySubject.get("zone lan (the host's local subnet)"));
    for (String documented : List.of("flow redirect on node (ICMP type 5)", "sysctl net.ipv4.ip_forward = 1",
        "packet forwarding allowed", "component client as a peer", "component node as a peer")) {
      assertTrue(bySubject.containsKey(documented), documented + " not in " + bySubject.keySet());
      assertNull(bySubject.get(documented), documented);
    }
    assertEquals(8, limits.size(), bySubject.keySet().toString());
  }

  @Test
  void renderReportsNothing() {
    Zone mail = new Zone("mail", "", List.of(), List.of(), false, false, List.of());
    Product product = product(List.of(flow("smtp", "node", Peer.zone("mail"), Direction.OUTBOUND,
        List.of(Transport.TCP), List.of(PortRange.of(25)), null, null, null)), List.of(mail),
        new Prerequisites(List.of(), null, null));
    RenderContext context = new RenderContext(new dev.portcullis.render.TemplateEngine(null), Map.of(), "test");
    assertEquals(List.of(), new TerraformTarget().render(RulePlan.of(product), context).findings());
  }
}
