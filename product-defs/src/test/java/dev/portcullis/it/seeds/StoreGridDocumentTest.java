package dev.portcullis.it.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.products.StoreGrid;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Holds the generated StoreGrid model against the vendor's "NAT/Firewall Configuration" page
 * (seeds/storegrid-nat-firewall.txt), section by section: ports, who opens them, what is
 * configurable, what is off by default, and what need not cross a NAT/firewall.
 */
class StoreGridDocumentTest {
  private static final String SERVERS = "component:server";
  private static final String CLIENTS = "component:client";
  private static final String UI_PURPOSE = "Communication between the PHP module (invoked by the StoreGrid browser"
      + " based WebConsole) and the StoreGrid C++ modules; TCP discovery between StoreGrid peers";

  private final SeedModel model = SeedModel.load("storegrid");

  @Test
  void everyPortSection() {
    List<FlowRow> expected = new ArrayList<>(List.of(
        // TCP Port 32004: "StoreGrid Server opens this port", clients back up to it; 'Backup Server Port'
        FlowRow.of("server", "backup", "Backup Server Port",
                "All Client-Server communication including backups, restore etc. (except TCP discovery)", CLIENTS,
                "inbound", "tcp", "32004")
            .portVariable("backup_server_port"),
        // TCP SSL Port 32007: disabled by default, 'SSLServer' attribute moves it
        FlowRow.of("server", "backup_ssl", "SSL port",
                "Client-Server communication including backups, restore etc. (except TCP discovery) on the secure"
                    + " SSL port", CLIENTS, "inbound", "tcp", "32007")
            .portVariable("ssl_port").feature("ssl")));
    // Sections opened by "Both StoreGrid Client and Server" / "used by StoreGrid Clients and Servers"
    List<FlowRow> onEveryPeer = List.of(
        // TCP Port 32005: UI Communication Port, between peers (servers and clients)
        FlowRow.of("server", "ui_communication_servers", "UI Communication Port", UI_PURPOSE, SERVERS, "inbound",
            "tcp", "32005").portVariable("ui_communication_port"),
        FlowRow.of("server", "ui_communication_clients", "UI Communication Port", UI_PURPOSE, CLIENTS, "inbound",
            "tcp", "32005").portVariable("ui_communication_port"),
        // TCP Port 6060, 6061: the web server, configurable, for administering a peer
        FlowRow.of("server", "web_server_1", "StoreGrid Web Server (Apache)",
            "Serve requests from StoreGrid WebConsole (User Interface)", "zone:admins", "inbound", "tcp", "6060")
            .portVariable("web_server_port_1"),
        FlowRow.of("server", "web_server_2", "StoreGrid Web Server (Apache)",
            "Serve requests from StoreGrid WebConsole (User Interface)", "zone:admins", "inbound", "tcp", "6061")
            .portVariable("web_server_port_2"),
        // Multicast Ports (UDP) 6363, 6364: within a subnet, enabled by default
        FlowRow.of("server", "multicast_discovery", "Multicast discovery",
            "used by StoreGrid Clients and Servers for discovering peers within a subnet", "zone:local_subnet",
            "inbound", "udp", "6363,6364").feature("multicast_discovery"),
        // UDP Port 32006: scanning within the subnet, disabled by default
        FlowRow.of("server", "udp_scanning", "UDP scanning",
            "Discovery of StoreGrid peers: UDP scanning on port 32006 of all possible IP Addresses in a network",
            "zone:local_subnet", "bidirectional", "udp", "32006").feature("udp_scanning"));
    for (FlowRow row : onEveryPeer) {
      expected.add(row);
      expected.add(row.on("client"));
    }
    model.assertFlowsExactly(expected);
  }

  /** Every port the page calls configurable is a variable defaulting to the vendor's number. */
  @Test
  void configurablePortsDefaultToTheVendorValues() {
    assertEquals(List.of("backup_server_port", "ssl_port", "ui_communication_port", "web_server_port_1",
        "web_server_port_2"), model.variableNames());
    assertEquals("port default=32004 flow=backup", model.variable("backup_server_port"));
    assertEquals("port default=32007 flow=backup_ssl", model.variable("ssl_port"));
    assertEquals("port default=32005 flow=ui_communication_servers", model.variable("ui_communication_port"));
    assertEquals("port default=6060 flow=web_server_1", model.variable("web_server_port_1"));
    assertEquals("port default=6061 flow=web_server_2", model.variable("web_server_port_2"));
    assertEquals(32004, StoreGrid.BACKUP_SERVER_PORT);
    assertEquals(32007, StoreGrid.SSL_PORT);
  }

  /** SSL and UDP scanning are off by default; multicast discovery "is enabled by default". */
  @Test
  void featuresFollowStoreGridDefaults() {
    assertEquals(List.of("multicast_discovery=on", "ssl=off", "udp_scanning=off"), model.features());
  }

  @Test
  void componentsAndZones() {
    assertEquals(List.of("client", "server"), model.ids("components"));
    assertEquals(List.of("admins", "local_subnet"), model.ids("zones"));
    // the subnet is the host's own, resolved where it runs; administrators must be named
    assertEquals("public=false localSubnet=true ipv4=[] ipv6=[]", model.zone("local_subnet"));
    assertEquals("public=false localSubnet=false ipv4=[] ipv6=[]", model.zone("admins"));
    assertEquals(List.of(), model.sysctls());
    assertFalse(model.outgoingRequired());
    assertFalse(model.forwardingRequired());
  }

  /** What the page says about NAT devices, port by port. */
  @Test
  void natRemarksAreNotes() {
    List<String> notes = model.notes();
    assertEquals(7, notes.size(), notes.toString());
    assertTrue(notes.get(0).startsWith("TCP Port 32004") && notes.get(0).contains("mandatory")
        && notes.get(0).contains("'Backup Server Port'"), notes.get(0));
    assertTrue(notes.get(1).contains("disabled in the backup server and the client by default")
        && notes.get(1).contains("Enabled attribute to 1"), notes.get(1));
    assertTrue(notes.get(2).contains("'SSLServer'") && notes.get(2).contains("same in both the server and the client"),
        notes.get(2));
    assertTrue(notes.get(3).startsWith("TCP Port 32005 need not be configured in the NAT/Firewall"), notes.get(3));
    assertTrue(notes.get(4).contains("6060, 6061") && notes.get(4).contains("connect/administer"), notes.get(4));
    assertTrue(notes.get(5).contains("6363, 6364") && notes.get(5).contains("no need to open these ports"),
        notes.get(5));
    assertTrue(notes.get(6).contains("32006") && notes.get(6).contains("only within its subnet"), notes.get(6));
  }
}
