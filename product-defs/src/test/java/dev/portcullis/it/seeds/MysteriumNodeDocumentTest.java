package dev.portcullis.it.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.products.MysteriumNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Holds the generated Mysterium node model against the vendor's "Firewall" page
 * (seeds/mysterium-node-firewall.md): the configurable service port and protocol, ip_forward, the
 * FORWARD policy, and the advice given as notes.
 */
class MysteriumNodeDocumentTest {
  private final SeedModel model = SeedModel.load("mysterium_node");

  /**
   * "UDP service port (specified by --openvpn.port flag) is allowed from outside", "incoming UDP
   * port (i.e. 1194)", "openvpn.port=1234", "-openvpn.proto=TCP".
   */
  @Test
  void theServicePortIsInboundFromAnyClientAndConfigurable() {
    model.assertFlowsExactly(List.of(
        FlowRow.of("node", "openvpn", "OpenVPN",
                "UDP service port (specified by --openvpn.port flag) is allowed from outside", "zone:vpn_clients",
                "inbound", "udp", "1194")
            .portVariable("openvpn_port")
            .protocolVariable("openvpn_protocol")));
    assertEquals(List.of("openvpn_port", "openvpn_protocol"), model.variableNames());
    assertEquals("port default=1194 flow=openvpn", model.variable("openvpn_port"));
    assertEquals("protocol default=udp choices=[tcp, udp] flow=openvpn", model.variable("openvpn_protocol"));
    assertEquals(1194, MysteriumNode.OPENVPN_PORT);
  }

  /** VPN clients come from anywhere: the one zone is public and defaults to the whole internet. */
  @Test
  void vpnClientsAreTheWholeInternet() {
    assertEquals(List.of("node"), model.ids("components"));
    assertEquals(List.of("vpn_clients"), model.ids("zones"));
    assertEquals("public=true localSubnet=false ipv4=[0.0.0.0/0] ipv6=[::/0]", model.zone("vpn_clients"));
    assertEquals(List.of(), model.features());
  }

  /** "sysctl -w net.ipv4.ip_forward=1" and "iptables -P FORWARD ACCEPT". */
  @Test
  void ipForwardingAndTheForwardPolicyArePrerequisites() {
    assertEquals(List.of("net.ipv4.ip_forward=1"), model.sysctls());
    assertTrue(model.forwardingRequired());
    assertTrue(model.prerequisiteReason("forwarding").contains("DROP"), model.prerequisiteReason("forwarding"));
    assertTrue(model.prerequisiteReason("forwarding").contains("ACCEPT"), model.prerequisiteReason("forwarding"));
  }

  /**
   * "Sometimes hosting providers block most UDP ports altogether, even outgoing ones": outgoing
   * UDP must work, and an exit node forwards its clients' traffic anywhere, so outgoing traffic
   * must stay allowed.
   */
  @Test
  void outgoingTrafficMustStayAllowed() {
    assertTrue(model.outgoingRequired());
    String reason = model.prerequisiteReason("outgoing");
    assertTrue(reason.contains("even outgoing ones") && reason.contains("forwards its VPN clients' traffic"), reason);
  }

  /** The Docker --iptables=false advice and the other advice of the page, one note each. */
  @Test
  void theAdviceIsCarriedAsNotes() {
    List<String> notes = model.notes();
    assertEquals(5, notes.size(), notes.toString());
    assertTrue(notes.get(0).contains("--iptables=false") && notes.get(0).contains("docker"), notes.get(0));
    assertTrue(notes.get(1).contains("pre-defined ports") && notes.get(1).contains("openvpn.port=1234"),
        notes.get(1));
    assertTrue(notes.get(2).contains("block most UDP ports") && notes.get(2).contains("-openvpn.proto=TCP"),
        notes.get(2));
    assertTrue(notes.get(3).contains("default firewall policies"), notes.get(3));
    assertTrue(notes.get(4).contains("iptables -L -n -t nat"), notes.get(4));
    // the page's "strip host of firewall rules" commands are deliberately not carried
    assertTrue(notes.stream().noneMatch(n -> n.contains("iptables -F")), notes.toString());
  }
}
