package dev.portcullis.it.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving flows within a definition, and adding one, must not change the Terraform address of any
 * existing rule (count-indexed modules churn here). Two variants of one definition are compiled
 * with the processor: the second declares its flows in reverse order, moves a port constant, and
 * adds a flow. Both are planned; every address of the first is in the second with the same
 * values, and the second adds only the new flow's rules. The variants use every concept (zones,
 * a public zone, features, configurable port and protocol, instances, ICMP, SCTP, both
 * directions), so their plans are also checked against their definitions.
 */
class RuleAddressStabilityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FLOWS = List.of(
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
  private static final String ADDED_FLOW =
      "@Flow(id = \"metrics\", service = \"Metrics\", component = \"client\", peerComponent = \"server\", ports = 9100)";
  private static final List<String> CONSTANTS = List.of(
      "@Flow(id = \"api\", service = \"API\", component = \"server\", peerComponent = \"client\")\n"
          + "  public static final int API = 8080;",
      "@Flow(id = \"dns\", service = \"DNS\", component = \"server\", peerZone = \"admins\", protocol = Protocol.UDP)\n"
          + "  public static final int DNS = 53;");

  private static TerraformCli terraform;

  @TempDir static Path work;

  @BeforeAll
  static void requireTerraform() {
    terraform = TerraformCli.require();
  }

  @Test
  void movingAndAddingFlowsKeepsEveryExistingRuleAddress() throws Exception {
    List<String> reversed = new ArrayList<>(FLOWS);
    Collections.reverse(reversed);
    reversed.add(3, ADDED_FLOW);
    List<String> constants = new ArrayList<>(CONSTANTS);
    Collections.reverse(constants);

    ModulePlan before = plan("before", FLOWS, CONSTANTS);
    ModulePlan after = plan("after", reversed, constants);

    List<String> beforeAddresses = before.ruleAddresses();
    List<String> afterAddresses = after.ruleAddresses();
    assertFalse(beforeAddresses.isEmpty());
    Set<String> lost = new TreeSet<>(beforeAddresses);
    lost.removeAll(afterAddresses);
    assertTrue(lost.isEmpty(), "rule addresses that moving flows changed: " + lost);
    for (String address : beforeAddresses) {
      assertEquals(before.resources().get(address).path("values"), after.resources().get(address).path("values"),
          address + " plans different values after the flows moved");
    }
    Set<String> added = new TreeSet<>(afterAddresses);
    added.removeAll(beforeAddresses);
    assertFalse(added.isEmpty(), "the added flow planned no rule");
    for (String address : added) {
      assertEquals("metrics", after.resources().get(address).path("values").path("tags").path("portcullis:flow").asText(),
          address + " is new but does not belong to the added flow");
    }
    before.delete();
    after.delete();
  }

  private static ModulePlan plan(String variant, List<String> flows, List<String> constants) throws Exception {
    Path dir = work.resolve(variant);
    Path out = DefinitionCompiler.compile(dir, "lab.Lab", source(flows, constants));
    ModulePlan plan = ModulePlan.plan(terraform, "lab", out.resolve("terraform/aws/lab"));
    JsonNode model = JSON.readTree(out.resolve("model/lab.json").toFile());
    PlanAssertions.rulesEqualTheDefinition(plan, model);
    PlanAssertions.withinTheQuota(plan);
    PlanAssertions.descriptionsPassAwsRule(plan);
    PlanAssertions.rulesAreNamedByTheirKeys(plan);
    return plan;
  }

  private static String source(List<String> flows, List<String> constants) {
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
