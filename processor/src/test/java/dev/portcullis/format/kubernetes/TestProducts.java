package dev.portcullis.format.kubernetes;

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
import dev.portcullis.model.SysctlSetting;
import dev.portcullis.model.Transport;
import dev.portcullis.model.Variable;
import dev.portcullis.model.VariableKind;
import dev.portcullis.model.Zone;
import dev.portcullis.render.TemplateEngine;
import dev.portcullis.format.RenderContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Products built straight from the model records, to test the target without javac. */
final class TestProducts {
  private TestProducts() {}

  static RenderContext context(Map<String, String> options) {
    return new RenderContext(new TemplateEngine(null), options, "dev.portcullis.processor.PortcullisProcessor");
  }

  static RenderContext context() {
    return context(Map.of());
  }

  /** Every concept at once: components, zones of each kind, features on and off, ICMP, ranges, SCTP. */
  static Product shop(String outgoingReason) {
    List<Flow> flows = new ArrayList<>();
    flows.add(flow("http", "web", Peer.zone("internet"), Direction.INBOUND, Protocol.TCP, ports(8080), null)
        .portVariable("http_port").build());
    flows.add(flow("ping", "web", Peer.zone("admins"), Direction.INBOUND, Protocol.ICMP, List.of(), null)
        .icmp(Icmp.of(8, -1)).build());
    flows.add(flow("sql", "db", Peer.component("web"), Direction.INBOUND, Protocol.TCP, ports(5432), null).build());
    flows.add(flow("replication", "db", Peer.component("db"), Direction.INBOUND, Protocol.TCP_UDP, ports(5433), null).build());
    flows.add(flow("tls", "web", Peer.zone("internet"), Direction.INBOUND, Protocol.TCP, ports(8443), "tls").build());
    flows.add(flow("tls_backend", "web", Peer.component("db"), Direction.OUTBOUND, Protocol.TCP, ports(5434), "tls").build());
    flows.add(flow("metrics", "web", Peer.zone("monitoring"), Direction.INBOUND, Protocol.TCP, ports(9100), "metrics").build());
    flows.add(flow("queue", "batch_worker", Peer.component("web"), Direction.OUTBOUND, Protocol.TCP,
        List.of(new PortRange(6000, 6010)), null).build());
    flows.add(flow("syslog", "web", Peer.zone("agents"), Direction.OUTBOUND, Protocol.UDP, ports(514), null).build());
    flows.add(flow("backup", "db", Peer.zone("internet"), Direction.OUTBOUND, Protocol.TCP, ports(443), null).build());
    flows.add(flow("vpn", "batch_worker", Peer.zone("internet"), Direction.INBOUND, Protocol.UDP, ports(1194), null)
        .protocolVariable("vpn_protocol").build());
    flows.add(flow("lan", "db", Peer.zone("admins"), Direction.BIDIRECTIONAL, Protocol.TCP, ports(7000), null).build());
    flows.add(flow("signal", "db", Peer.zone("admins"), Direction.INBOUND, Protocol.SCTP, ports(9899), null).build());
    flows.add(flow("hiavd", "db", Peer.component("db"), Direction.BIDIRECTIONAL, Protocol.TCP,
        List.of(new PortRange(4746, 4747)), null).instances(new Instances(4745, 2, 8, "hiavd_instances")).build());
    flows.sort(Comparator.comparing(Flow::component).thenComparing(Flow::id));
    return new Product("shop", "Shop", "https://example.com/ports", "A test shop.", "com.example.Shop",
        List.of(new Component("batch_worker", "Runs jobs"), new Component("db", "The database"),
            new Component("web", "The web tier")),
        List.of(new Zone("admins", "Admins", List.of("10.0.10.0/24"), List.of("2001:DB8:10:0::/48"), false, false, List.of()),
            new Zone("agents", "Agents", List.of(), List.of(), false, false, List.of()),
            new Zone("internet", "Anyone", List.of("0.0.0.0/0"), List.of("::/0"), true, false, List.of()),
            new Zone("monitoring", "Prometheus", List.of(), List.of(), false, false,
                List.of("kubernetes.io/metadata.name=monitoring"))),
        List.of(new Feature("metrics", "Prometheus scraping", true), new Feature("tls", "TLS listener", false)),
        List.of(new Variable("hiavd_instances", VariableKind.INSTANCE_COUNT, 2, List.of(), 1, 8, "instances", "hiavd"),
            new Variable("http_port", VariableKind.PORT, 8080, List.of(), 1, 65535, "HTTP port", "http"),
            new Variable("vpn_protocol", VariableKind.PROTOCOL, "udp", List.of("tcp", "udp"), 0, 0, "VPN protocol", "vpn")),
        flows,
        new Prerequisites(List.of(new SysctlSetting("net.ipv4.ip_forward", "1", "routes VPN traffic")),
            outgoingReason, "VPN traffic is routed"),
        List.of("Run with --iptables=false"));
  }

  /** StorageOS as the seed defines it: node to node only, outgoing must stay allowed. */
  static Product nodesOnly() {
    List<Flow> flows = List.of(
        flow("gossip", "node", Peer.component("node"), Direction.INBOUND, Protocol.TCP_UDP, ports(13701), null).build(),
        flow("rest_api", "node", Peer.component("node"), Direction.INBOUND, Protocol.TCP, ports(5705), null).build());
    return new Product("nodes", "Nodes", "", "", "com.example.Nodes",
        List.of(new Component("node", "A node")), List.of(), List.of(), List.of(), flows,
        new Prerequisites(List.of(), "dials out from random ports", null), List.of());
  }

  static List<PortRange> ports(int... ports) {
    List<PortRange> list = new ArrayList<>();
    for (int p : ports) {
      list.add(PortRange.of(p));
    }
    return list;
  }

  static FlowBuilder flow(String id, String component, Peer peer, Direction direction, Protocol protocol,
      List<PortRange> ports, String feature) {
    return new FlowBuilder(id, component, peer, direction, protocol, ports, feature);
  }

  /** Fills the rarely used fields of {@link Flow}. */
  static final class FlowBuilder {
    private final String id;
    private final String component;
    private final Peer peer;
    private final Direction direction;
    private final Protocol protocol;
    private final List<PortRange> ports;
    private final String feature;
    private Icmp icmp;
    private String portVariable;
    private String protocolVariable;
    private Instances instances;

    FlowBuilder(String id, String component, Peer peer, Direction direction, Protocol protocol,
        List<PortRange> ports, String feature) {
      this.id = id;
      this.component = component;
      this.peer = peer;
      this.direction = direction;
      this.protocol = protocol;
      this.ports = ports;
      this.feature = feature;
    }

    FlowBuilder icmp(Icmp value) {
      icmp = value;
      return this;
    }

    FlowBuilder portVariable(String value) {
      portVariable = value;
      return this;
    }

    FlowBuilder protocolVariable(String value) {
      protocolVariable = value;
      return this;
    }

    FlowBuilder instances(Instances value) {
      instances = value;
      return this;
    }

    Flow build() {
      List<Transport> transports = switch (protocol) {
        case TCP -> List.of(Transport.TCP);
        case UDP -> List.of(Transport.UDP);
        case TCP_UDP -> List.of(Transport.TCP, Transport.UDP);
        case ICMP -> List.of(Transport.ICMP);
        case SCTP -> List.of(Transport.SCTP);
      };
      return new Flow(id, id + " service", "", component, peer, direction, protocol, transports, ports, icmp,
          portVariable, protocolVariable, instances, feature, null);
    }
  }
}
