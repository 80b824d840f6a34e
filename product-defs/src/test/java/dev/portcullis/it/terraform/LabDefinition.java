package dev.portcullis.it.terraform;

import java.util.List;

/**
 * A test definition that uses every concept a module must express: zones with IPv4 and IPv6
 * defaults (one written non-canonically), a public zone, a zone without defaults, a feature on and
 * one off, a configurable port and protocol, instance-numbered ports, ICMP with and without an
 * ICMPv6 counterpart, SCTP, inbound, outbound and bidirectional flows, a flow on two components,
 * port constants, and text that needs escaping.
 */
final class LabDefinition {
  private LabDefinition() {}

  static final List<String> FLOWS = List.of(
      "@Flow(id = \"web\", service = \"HTTPS\", purpose = \"Web UI <admin> | \\\"quoted\\\" ${x} café\","
          + " component = \"server\", peerZone = \"internet\", ports = {80, 443})",
      "@Flow(id = \"ssh\", service = \"SSH\", purpose = \"Management\", component = {\"server\", \"client\"},"
          + " peerZone = \"admins\", ports = 22, direction = Direction.BIDIRECTIONAL)",
      "@Flow(id = \"backup\", service = \"Backup\", component = \"server\", peerComponent = \"client\","
          + " protocol = Protocol.TCP_UDP, ports = 32004, portVariable = \"backup_port\")",
      "@Flow(id = \"vpn\", service = \"VPN\", component = \"server\", peerZone = \"internet\", protocol = Protocol.UDP,"
          + " ports = 1194, portVariable = \"vpn_port\", protocolVariable = \"vpn_protocol\")",
      "@Flow(id = \"ssl\", service = \"SSL\", component = \"server\", peerComponent = \"client\", ports = 32007,"
          + " feature = \"ssl\")",
      "@Flow(id = \"scan\", service = \"Scan\", component = \"client\", peerZone = \"admins\", protocol = Protocol.UDP,"
          + " ranges = @Range(from = 9000, to = 9010), feature = \"scan\", direction = Direction.OUTBOUND)",
      "@Flow(id = \"ping\", service = \"Ping\", component = {\"server\", \"client\"}, peerComponent = \"server\","
          + " protocol = Protocol.ICMP, icmpType = 8)",
      "@Flow(id = \"unreachable\", service = \"Unreachable\", component = \"server\", peerZone = \"admins\","
          + " protocol = Protocol.ICMP, icmpType = 5)",
      "@Flow(id = \"ha\", service = \"HA\", component = \"server\", peerComponent = \"server\","
          + " instances = @Instances(base = 4745, defaultCount = 2, variable = \"ha_instances\", maxCount = 8))",
      "@Flow(id = \"smtp\", service = \"Mail\", component = \"server\", peerZone = \"mail\", ports = {25, 587},"
          + " direction = Direction.OUTBOUND)",
      "@Flow(id = \"signalling\", service = \"Signalling\", component = \"server\", peerComponent = \"client\","
          + " protocol = Protocol.SCTP, ports = 3868)");
  static final String ADDED_FLOW =
      "@Flow(id = \"metrics\", service = \"Metrics\", component = \"client\", peerComponent = \"server\", ports = 9100)";
  static final List<String> CONSTANTS = List.of(
      "@Flow(id = \"api\", service = \"API\", component = \"server\", peerComponent = \"client\")\n"
          + "  public static final int API = 8080;",
      "@Flow(id = \"dns\", service = \"DNS\", component = \"server\", peerZone = \"admins\", protocol = Protocol.UDP)\n"
          + "  public static final int DNS = 53;");

  /** The definition with its class-level flows and its constants in the given order. */
  static String source(List<String> flows, List<String> constants) {
    return """
        package lab;

        import dev.portcullis.annotations.*;

        @Product(id = "lab", title = "Lab", docs = "https://example.com/ports")
        @Component(id = "server", description = "Server")
        @Component(id = "client", description = "Client")
        @Zone(id = "admins", description = "Admin workstations", ipv4 = {"10.0.0.0/8", "192.168.1.0/24"},
            ipv6 = "2001:DB8::/32")
        @Zone(id = "internet", description = "Anyone", isPublic = true, ipv4 = "0.0.0.0/0", ipv6 = "::/0")
        @Zone(id = "mail", description = "Mail servers")
        @Feature(id = "ssl", description = "SSL port", enabledByDefault = false)
        @Feature(id = "scan", description = "Scanning", enabledByDefault = true)
        @AllowOutgoing(reason = "clients dial out")
        @SuppressWarnings({"portcullis:zone-no-defaults", "portcullis:aws-sctp-ports"})
        %s
        public final class Lab {
          private Lab() {}

          %s
        }
        """.formatted(String.join("\n", flows), String.join("\n\n  ", constants));
  }
}
