package dev.portcullis.format.terraform;

import dev.portcullis.annotations.Direction;
import dev.portcullis.annotations.Protocol;
import dev.portcullis.model.Component;
import dev.portcullis.model.Flow;
import dev.portcullis.model.Peer;
import dev.portcullis.model.PortRange;
import dev.portcullis.model.Prerequisites;
import dev.portcullis.model.Product;
import dev.portcullis.model.Transport;
import dev.portcullis.model.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Products built directly as models, for tests of the rule planning alone. */
final class TestProducts {
  private TestProducts() {}

  static Zone zone(String id, List<String> ipv4, List<String> ipv6) {
    return new Zone(id, "zone " + id, ipv4, ipv6, false, false, List.of());
  }

  static Flow tcpFromZone(String id, String component, String zone, int from, int to) {
    return new Flow(id, "Service " + id, "", component, Peer.zone(zone), Direction.INBOUND, Protocol.TCP,
        List.of(Transport.TCP), List.of(new PortRange(from, to)), null, null, null, null, null, null);
  }

  static Flow tcpFromComponent(String id, String component, String peer, int port) {
    return new Flow(id, "Service " + id, "", component, Peer.component(peer), Direction.INBOUND, Protocol.TCP,
        List.of(Transport.TCP), List.of(PortRange.of(port)), null, null, null, null, null, null);
  }

  static Product product(List<String> components, List<Zone> zones, List<Flow> flows) {
    List<Flow> sorted = new ArrayList<>(flows);
    sorted.sort(Comparator.comparing(Flow::component).thenComparing(Flow::id));
    return new Product("test", "Test", "", "", "test.Test",
        components.stream().sorted().map(c -> new Component(c, "component " + c)).toList(),
        zones, List.of(), List.of(), sorted, new Prerequisites(List.of(), null, null), List.of());
  }
}
