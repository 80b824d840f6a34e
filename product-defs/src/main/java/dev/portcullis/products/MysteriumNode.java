package dev.portcullis.products;

import dev.portcullis.annotations.AllowForwarding;
import dev.portcullis.annotations.AllowOutgoing;
import dev.portcullis.annotations.Component;
import dev.portcullis.annotations.Flow;
import dev.portcullis.annotations.Note;
import dev.portcullis.annotations.Product;
import dev.portcullis.annotations.Protocol;
import dev.portcullis.annotations.Sysctl;
import dev.portcullis.annotations.Zone;

/**
 * Mysterium Network node, from the vendor's "Firewall" troubleshooting page
 * (seeds/mysterium-node-firewall.md).
 *
 * <p>Modelling choices:
 * <ul>
 *   <li><b>One flow.</b> The page names one port: the "UDP service port (specified by
 *       {@code --openvpn.port} flag)", which must be "allowed from outside", 1194 in its example.
 *       It is inbound from {@code vpn_clients}, a public zone defaulting to the whole internet:
 *       anyone may be a client of a public VPN node. The port is configurable
 *       ({@code portVariable = "openvpn_port"}, the vendor's {@code openvpn.port=1234}) and so is the
 *       protocol ({@code protocolVariable = "openvpn_protocol"}, UDP by default, TCP with the vendor's
 *       {@code -openvpn.proto=TCP}).</li>
 *   <li><b>Prerequisites.</b> "check that ip_forwarding is enabled" is
 *       {@code @Sysctl(net.ipv4.ip_forward=1)}; "default firewall forward policy is set to DROP. In
 *       that case try setting it to ACCEPT" is {@link AllowForwarding}.</li>
 *   <li><b>Outgoing traffic.</b> {@link AllowOutgoing}: outgoing UDP must work ("Sometimes
 *       hosting providers block most UDP ports altogether, even outgoing ones. In that case You
 *       can still run a node using TCP protocol"), and a node forwards its clients' traffic (the
 *       "ip_forwarding" and "forward policy" steps) to wherever they go, so its outgoing traffic
 *       has no fixed destination a firewall could list. Changed from no {@code @AllowOutgoing},
 *       which let the role accept an outgoing default deny and the Terraform module drop all
 *       egress for a node.</li>
 *   <li><b>Notes.</b> The Docker {@code --iptables=false} advice, the hosting-provider advice, the
 *       reboot/default-policy remark and the commands that show the rules are notes. The page's
 *       commands that flush every rule and chain ({@code iptables -F}, {@code -t nat -F},
 *       {@code -X}) are a troubleshooting step, not a setting: carried into a generated firewall's
 *       documentation they would tell the operator to delete that very firewall, so they are
 *       deliberately left out.</li>
 * </ul>
 */
@Product(
    id = "mysterium_node",
    title = "Mysterium node",
    docs = "https://docs.mysterium.network/",
    description = "A Mysterium Network node: it serves VPN (OpenVPN) clients and forwards their traffic.")
@Component(id = "node", description = "A host running a Mysterium Network node (natively or in Docker)")
@Zone(
    id = "vpn_clients",
    description = "Mysterium VPN clients: anyone on the internet",
    isPublic = true,
    ipv4 = "0.0.0.0/0",
    ipv6 = "::/0")
@AllowOutgoing(reason = "Outgoing UDP must work (\"Sometimes hosting providers block most UDP ports altogether,"
    + " even outgoing ones\"), and the node forwards its VPN clients' traffic to any destination")
@Sysctl(key = "net.ipv4.ip_forward", value = "1",
    reason = "If You run node via docker image, check that ip_forwarding is enabled on a host")
@AllowForwarding(reason = "It also might be that default firewall forward policy is set to DROP. In that case"
    + " try setting it to ACCEPT (iptables -P FORWARD ACCEPT), provided there are no other interfering rules")
@Note("Firewall rules that are being introduced by the docker package might interfere with Mysterium Network"
    + " node rules (such as in Centos7 for example). In that case try changing conflicting rules or disable"
    + " extended firewall rules by docker altogether, by passing the --iptables=false option before starting"
    + " the docker service.")
@Note("For some hosting providers it is common to open just some pre-defined ports that are commonly used."
    + " Test whether the incoming UDP port (i.e. 1194) is open, and try a custom port with the openvpn.port=1234"
    + " option (the openvpn_port variable).")
@Note("Sometimes hosting providers block most UDP ports altogether, even outgoing ones. In that case You can"
    + " still run a node using TCP protocol, with the -openvpn.proto=TCP option (the openvpn_protocol variable).")
@Note("Depending on the Linux distribution, there might be different default firewall policies; after a reboot"
    + " you might need to change or disable certain default policies. See the firewall documentation of your OS.")
@Note("You can check all firewall rules with: iptables -L -n and iptables -L -n -t nat.")
public final class MysteriumNode {
  private MysteriumNode() {}

  @Flow(id = "openvpn", service = "OpenVPN",
      purpose = "UDP service port (specified by --openvpn.port flag) is allowed from outside",
      component = "node", peerZone = "vpn_clients", protocol = Protocol.UDP,
      portVariable = "openvpn_port", protocolVariable = "openvpn_protocol")
  public static final int OPENVPN_PORT = 1194;
}
