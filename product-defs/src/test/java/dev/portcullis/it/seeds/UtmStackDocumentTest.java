package dev.portcullis.it.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.portcullis.products.UtmStack;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Holds the generated UTMStack model against the vendor's "Firewall Rules" page
 * (seeds/utmstack-firewall-rules.md), transcribed by hand section by section.
 */
class UtmStackDocumentTest {
  private static final String MASTER = "component:master";
  private static final String PROBE = "component:probe";

  private final SeedModel model = SeedModel.load("utmstack");

  @Test
  void everyLineOfEverySection() {
    List<FlowRow> expected = new ArrayList<>(List.of(
        // Rules for Access from Probe/Proxy to Master: 1194/TCP
        FlowRow.of("master", "vpn", "VPN", "Used to connect the probe/proxy over the internet using VPN.", PROBE,
            "inbound", "tcp", "1194"),
        // Rules for Access from Master to Probe/Proxy: 9390/TCP and 8888/TCP; 5000/TCP and 8000/TCP
        FlowRow.of("probe", "vulnerability_scanner", "Vulnerabilities scanner",
            "Used to connect with the vulnerabilities scanner.", MASTER, "inbound", "tcp", "8888,9390"),
        FlowRow.of("probe", "assets_discovery", "Assets discovery service",
            "Used to connect with the assets discovery service.", MASTER, "inbound", "tcp", "5000,8000"),
        // Rule for Accessing the UTMStack Web Console: 443
        FlowRow.of("master", "web_console", "Web console", "to access the UTMStack Web console", "zone:console_users",
            "inbound", "tcp", "443")));
    // "... to the master or probe/proxy": the same line on both components
    List<FlowRow> toMasterOrProbe = List.of(
        // Agentless devices
        FlowRow.of("master", "netflow", "Netflow", "Used to send Netflow packets.", "zone:agentless_devices",
            "inbound", "udp", "2055"),
        FlowRow.of("master", "syslog_udp", "syslog", "Used to send syslog logs.", "zone:agentless_devices",
            "inbound", "udp", "514"),
        FlowRow.of("master", "syslog_tcp", "syslog", "Used to send syslog logs.", "zone:agentless_devices",
            "inbound", "tcp", "514"),
        FlowRow.of("master", "syslog_tcp_1470", "syslog", "Used to send syslog logs.", "zone:agentless_devices",
            "inbound", "tcp", "1470"),
        FlowRow.of("master", "syslog_tcp_2056", "syslog", "Used to send syslog logs.", "zone:agentless_devices",
            "inbound", "tcp", "2056"),
        FlowRow.of("master", "http_post_logs", "HTTP POST logs", "Used to send logs through HTTP POST.",
            "zone:agentless_devices", "inbound", "tcp", "8089"),
        // Agents
        FlowRow.of("master", "agent_logs", "Logs", "Used to send logs.", "zone:agents", "inbound", "tcp", "5044"),
        FlowRow.of("master", "hids", "HIDS", "Used for HIDS agent communications.", "zone:agents", "inbound", "tcp",
            "1514-1516"),
        FlowRow.of("master", "hids_api", "HIDS management API", "Used for HIDS management API.", "zone:agents",
            "inbound", "tcp", "55000"),
        FlowRow.of("master", "agent_manager", "Agent Manager", "Used to connect to the Agent Manager.", "zone:agents",
            "inbound", "tcp", "9000"));
    for (FlowRow row : toMasterOrProbe) {
      expected.add(row);
      expected.add(row.on("probe"));
    }
    model.assertFlowsExactly(expected);
  }

  /**
   * The page names no source for the agents, the agentless devices or the Web console's users
   * ("Allow incoming traffic on port 443 to access the UTMStack Web console"): they may be
   * anywhere, so the zones are public, and without defaults, as the page gives no addresses.
   */
  @Test
  void componentsAndZonesThatMayBeAnywhereWithoutDefaults() {
    assertEquals(List.of("master", "probe"), model.ids("components"));
    assertEquals(List.of("agentless_devices", "agents", "console_users"), model.ids("zones"));
    for (String zone : model.ids("zones")) {
      assertEquals("public=true localSubnet=false ipv4=[] ipv6=[]", model.zone(zone), zone);
    }
  }

  @Test
  void nothingConfigurableNoPrerequisitesNoNotes() {
    assertEquals(List.of(), model.features());
    assertEquals(List.of(), model.variableNames());
    assertEquals(List.of(), model.sysctls());
    assertFalse(model.outgoingRequired());
    assertFalse(model.forwardingRequired());
    assertEquals(List.of(), model.notes());
  }

  @Test
  void constantsCarryTheDocumentedNumbers() {
    assertEquals(1194, UtmStack.VPN);
    assertEquals(514, UtmStack.SYSLOG_UDP);
    assertEquals(514, UtmStack.SYSLOG_TCP);
    assertEquals(443, UtmStack.WEB_CONSOLE);
  }
}
