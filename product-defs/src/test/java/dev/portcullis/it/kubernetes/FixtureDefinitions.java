package dev.portcullis.it.kubernetes;

import java.util.Map;

/**
 * Test definitions that use every concept the Kubernetes target handles: components talking to
 * each other, zones with CIDRs, without defaults and with a namespace selector, features on and
 * off by default, ICMP, SCTP, ranges, instance-numbered and configurable ports, host
 * prerequisites, with egress restrictable by {@code components/egress} ({@code k8s_shop}) and
 * outgoing traffic that must stay allowed ({@code k8s_outgoing}: no egress component). They are compiled by {@link Fixtures} in the test, not by Maven, so
 * their generated files and descriptors stay out of the test classpath.
 */
final class FixtureDefinitions {
  private FixtureDefinitions() {}

  private static final String SHOP = """
      package fixtures;

      import dev.portcullis.annotations.*;

      @Product(id = "%1$s", title = "%2$s", description = "A shop with \\"quotes\\", # hashes: and colons")
      @Component(id = "web", description = "The web tier")
      @Component(id = "db", description = "The database")
      @Component(id = "batch_worker", description = "Runs jobs")
      @Zone(id = "admins", description = "Admins", ipv4 = "10.0.10.0/24", ipv6 = "2001:db8:10::/48")
      @Zone(id = "agents", description = "Agents, addresses unknown")
      @Zone(id = "internet", description = "Anyone", isPublic = true, ipv4 = "0.0.0.0/0", ipv6 = "::/0")
      @Zone(id = "partners", description = "Partners", ipv4 = {"198.51.100.0/25", "203.0.113.64/26"})
      @Zone(id = "updates", description = "Vendor updates", names = {"updates.example.com", "*.cdn.example.com"})
      @Zone(id = "monitoring", description = "Prometheus", namespaceSelector = "kubernetes.io/metadata.name=monitoring")
      @Feature(id = "metrics", description = "Prometheus scraping", enabledByDefault = true)
      @Feature(id = "tls", description = "The TLS listener")
      @Sysctl(key = "net.ipv4.ip_forward", value = "1", reason = "routes VPN traffic")
      @AllowForwarding(reason = "VPN traffic is routed")
      %3$s
      @Note("Run the container runtime with --iptables=false")
      @Flow(id = "ping", service = "Ping", component = "web", peerZone = "admins", protocol = Protocol.ICMP, icmpType = 8)
      @Flow(id = "sql", service = "SQL", component = "db", peerComponent = "web", ports = 5432)
      @Flow(id = "replication", service = "Replication", component = "db", peerComponent = "db",
          protocol = Protocol.TCP_UDP, ports = 5433)
      @Flow(id = "tls", service = "TLS", component = "web", peerZone = "internet", ports = 8443, feature = "tls")
      @Flow(id = "tls_backend", service = "TLS backend", component = "web", peerComponent = "db",
          direction = Direction.OUTBOUND, ports = 5434, feature = "tls")
      @Flow(id = "metrics", service = "Metrics", component = {"web", "db"}, peerZone = "monitoring", ports = 9100,
          feature = "metrics")
      @Flow(id = "queue", service = "Queue", component = "batch_worker", peerComponent = "web",
          direction = Direction.OUTBOUND, ranges = @Range(from = 6000, to = 6010))
      @Flow(id = "syslog", service = "Syslog", component = "web", peerZone = "agents", direction = Direction.OUTBOUND,
          protocol = Protocol.UDP, ports = 514)
      @Flow(id = "backup", service = "Backup", component = "db", peerZone = "partners", direction = Direction.OUTBOUND,
          ports = {443, 8443})
      @Flow(id = "vpn", service = "VPN", component = "batch_worker", peerZone = "internet", protocol = Protocol.UDP,
          ports = 1194, portVariable = "vpn_port", protocolVariable = "vpn_protocol")
      @Flow(id = "lan", service = "LAN sync", component = "db", peerZone = "admins", direction = Direction.BIDIRECTIONAL,
          ports = 7000)
      @Flow(id = "signal", service = "Signalling", component = "db", peerZone = "admins", protocol = Protocol.SCTP,
          ports = 9899)
      @Flow(id = "hiavd", service = "HA daemon", component = "db", peerComponent = "db",
          direction = Direction.BIDIRECTIONAL, instances = @Instances(base = 4745, defaultCount = 2, variable = "hiavd_instances"))
      @Flow(id = "fetch_updates", service = "Updates", component = "web", peerZone = "updates",
          direction = Direction.OUTBOUND, ports = 443)
      @Flow(id = "update_push", service = "Update push", component = "db", peerZone = "updates", ports = 7443)
      @Flow(id = "agent_push", service = "Agent push", component = "web", peerZone = "agents", ports = 9000)
      public final class %4$s {
        @Flow(id = "http", service = "HTTP", purpose = "The shop", component = "web", peerZone = "internet",
            portVariable = "http_port")
        public static final int HTTP = 8080;
      }
      """;

  /** Qualified class name to source text. */
  static Map<String, String> sources() {
    return Map.of(
        "fixtures.K8sShop", String.format(SHOP, "k8s_shop", "K8s Shop", "", "K8sShop"),
        "fixtures.K8sOutgoing", String.format(SHOP, "k8s_outgoing", "K8s Outgoing",
            "@AllowOutgoing(reason = \"dials partners from random ports\")", "K8sOutgoing"));
  }

  /** The product ids of {@link #sources()}. */
  static final java.util.List<String> PRODUCTS = java.util.List.of("k8s_outgoing", "k8s_shop");
}
