package dev.portcullis.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.annotations.Direction;
import dev.portcullis.annotations.Protocol;
import dev.portcullis.model.Component;
import dev.portcullis.model.Feature;
import dev.portcullis.model.Flow;
import dev.portcullis.model.Icmp;
import dev.portcullis.model.Instances;
import dev.portcullis.model.Peer;
import dev.portcullis.model.PortRange;
import dev.portcullis.model.Prerequisites;
import dev.portcullis.model.Product;
import dev.portcullis.model.Transport;
import dev.portcullis.model.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan: both ends of every flow, merged ports, features and zones in use. */
class PlannerTest {
  @Test
  void aFlowBetweenComponentsIsOpenedAtTheListenerAndTheDialer() {
    RulePlan plan = RulePlan.of(product(List.of(
        flow("api", "server", Peer.component("client"), Direction.INBOUND, List.of(Transport.TCP), 32004))));
    assertEquals(List.of(
            "client EGRESS component:server TCP [32004-32004] [api]",
            "server INGRESS component:client TCP [32004-32004] [api]"),
        texts(plan));
  }

  @Test
  void aBidirectionalFlowIsOpenedBothWaysAtBothEnds() {
    RulePlan plan = RulePlan.of(product(List.of(
        flow("ha", "witness", Peer.component("appliance"), Direction.BIDIRECTIONAL, List.of(Transport.TCP), 4746))));
    assertEquals(List.of(
            "appliance INGRESS component:witness TCP [4746-4746] [ha]",
            "appliance EGRESS component:witness TCP [4746-4746] [ha]",
            "witness INGRESS component:appliance TCP [4746-4746] [ha]",
            "witness EGRESS component:appliance TCP [4746-4746] [ha]"),
        texts(plan));
  }

  @Test
  void aFlowAmongMembersOfOneComponentIsOneIngressAndOneEgressRule() {
    RulePlan plan = RulePlan.of(product(List.of(
        flow("gossip", "node", Peer.component("node"), Direction.INBOUND, List.of(Transport.TCP, Transport.UDP), 13701))));
    assertEquals(List.of(
            "node INGRESS component:node TCP [13701-13701] [gossip]",
            "node INGRESS component:node UDP [13701-13701] [gossip]",
            "node EGRESS component:node TCP [13701-13701] [gossip]",
            "node EGRESS component:node UDP [13701-13701] [gossip]"),
        texts(plan));
  }

  @Test
  void touchingFixedPortsOfSeveralFlowsMergeAndKeepTheirFlows() {
    RulePlan plan = RulePlan.of(product(List.of(
        flow("a", "node", Peer.zone("admins"), Direction.INBOUND, List.of(Transport.TCP), 5705),
        flow("b", "node", Peer.zone("admins"), Direction.INBOUND, List.of(Transport.TCP), 5706),
        flow("c", "node", Peer.zone("admins"), Direction.INBOUND, List.of(Transport.TCP), 5708))));
    assertEquals(List.of("node INGRESS zone:admins TCP [5705-5706, 5708-5708] [a, b, c]"), texts(plan));
    PortSpec.Fixed fixed = (PortSpec.Fixed) plan.rules().get(0).ports();
    assertEquals(List.of("a", "b"), fixed.spans().get(0).flows());
    assertEquals(List.of("c"), fixed.spans().get(1).flows());
    assertEquals(List.of("admins"), plan.zonesInUse().stream().map(Zone::id).toList());
    assertEquals(List.of("admins"), plan.zonesWithoutDefaults().stream().map(Zone::id).toList());
  }

  @Test
  void featuresVariablesAndInstancesStayApartFromFixedPorts() {
    Flow gated = withFeature(flow("ssl", "node", Peer.zone("admins"), Direction.INBOUND, List.of(Transport.TCP), 5707), "tls");
    Flow moved = withPortVariable(flow("web", "node", Peer.zone("admins"), Direction.INBOUND, List.of(Transport.TCP), 5709), "web_port");
    Flow numbered = withInstances(flow("hiavd", "node", Peer.zone("admins"), Direction.INBOUND, List.of(Transport.TCP), 4746),
        new Instances(4745, 1, 8, "hiavd_instances"));
    RulePlan plan = RulePlan.of(product(List.of(
        flow("a", "node", Peer.zone("admins"), Direction.INBOUND, List.of(Transport.TCP), 5706),
        gated, moved, numbered)));
    assertEquals(4, plan.rules().size(), texts(plan).toString());
    assertTrue(plan.rules().stream().anyMatch(r -> r.ports() instanceof PortSpec.Configurable c
        && c.variable().equals("web_port") && c.defaultPort() == 5709));
    assertTrue(plan.rules().stream().anyMatch(r -> r.ports() instanceof PortSpec.Numbered n && n.base() == 4745));
    assertTrue(plan.rules().stream().anyMatch(r -> "tls".equals(r.feature())));
    assertEquals(List.of("tls"), plan.featuresInUse().stream().map(Feature::id).toList());
  }

  @Test
  void icmpCarriesTypeAndCodeAndNoPorts() {
    Flow ping = new Flow("ping", "Ping", "", "node", Peer.component("node"), Direction.INBOUND, Protocol.ICMP,
        List.of(Transport.ICMP), List.of(), Icmp.of(8, -1), null, null, null, null, null);
    RulePlan plan = RulePlan.of(product(List.of(ping)));
    assertEquals(2, plan.rules().size());
    plan.rules().forEach(r -> {
      assertTrue(r.ports() instanceof PortSpec.None);
      assertEquals(128, r.icmp().v6Type());
    });
  }

  private static List<String> texts(RulePlan plan) {
    return plan.rules().stream().map(r -> r.component() + " " + r.direction() + " " + r.peer().ref() + " "
        + r.protocol().transport() + " " + r.ports().defaultRanges().stream()
            .map(p -> p.from() + "-" + p.to()).toList() + " " + r.flows()).toList();
  }

  private static Flow flow(String id, String component, Peer peer, Direction direction, List<Transport> transports,
      int port) {
    Protocol protocol = transports.size() == 2 ? Protocol.TCP_UDP : Protocol.valueOf(transports.get(0).name());
    return new Flow(id, "Service " + id, "", component, peer, direction, protocol, transports,
        List.of(PortRange.of(port)), null, null, null, null, null, null);
  }

  private static Flow withFeature(Flow f, String feature) {
    return new Flow(f.id(), f.service(), f.purpose(), f.component(), f.peer(), f.direction(), f.protocol(),
        f.transports(), f.ports(), f.icmp(), f.portVariable(), f.protocolVariable(), f.instances(), feature, null);
  }

  private static Flow withPortVariable(Flow f, String variable) {
    return new Flow(f.id(), f.service(), f.purpose(), f.component(), f.peer(), f.direction(), f.protocol(),
        f.transports(), f.ports(), f.icmp(), variable, null, null, f.feature(), null);
  }

  private static Flow withInstances(Flow f, Instances instances) {
    return new Flow(f.id(), f.service(), f.purpose(), f.component(), f.peer(), f.direction(), f.protocol(),
        f.transports(), List.of(instances.defaultRange()), f.icmp(), null, null, instances, f.feature(), null);
  }

  private static Product product(List<Flow> flows) {
    List<Flow> sorted = new ArrayList<>(flows);
    sorted.sort(Comparator.comparing(Flow::component).thenComparing(Flow::id));
    List<String> components = flows.stream().flatMap(f -> f.peer().isComponent()
        ? java.util.stream.Stream.of(f.component(), f.peer().id()) : java.util.stream.Stream.of(f.component()))
        .distinct().sorted().toList();
    return new Product("test", "Test", "", "", "test.Test",
        components.stream().map(c -> new Component(c, "component " + c)).toList(),
        List.of(new Zone("admins", "Admins", List.of(), List.of(), false, false, List.of())),
        List.of(new Feature("tls", "TLS", false)), List.of(), sorted,
        new Prerequisites(List.of(), null, null), List.of());
  }
}
