package dev.portcullis.products;

import dev.portcullis.annotations.Component;
import dev.portcullis.annotations.Direction;
import dev.portcullis.annotations.Feature;
import dev.portcullis.annotations.Flow;
import dev.portcullis.annotations.Note;
import dev.portcullis.annotations.Product;
import dev.portcullis.annotations.Protocol;
import dev.portcullis.annotations.Zone;

/**
 * StoreGrid (Vembu), from the vendor's "NAT/Firewall Configuration" page
 * (seeds/storegrid-nat-firewall.txt): six port sections, their defaults, what is configurable,
 * what is off by default, and which ports need not cross a NAT/firewall.
 *
 * <p>Modelling choices:
 * <ul>
 *   <li><b>Components.</b> {@code server} (the StoreGrid backup server) and {@code client}. Both
 *       are "StoreGrid peers": a section that says "Both StoreGrid Client and Server open this port"
 *       or "used by StoreGrid Clients and Servers" is declared with
 *       {@code component = {"server", "client"}}.</li>
 *   <li><b>Configurable ports.</b> Backup Server Port (32004), UI Communication Port (32005), the
 *       two web server ports (6060, 6061) and the SSL port (32007, "can be modified by changing the
 *       'SSLServer' attribute") are port variables defaulting to the vendor's values; each sits on a
 *       constant so the application shares the default. The 32005 port is opened to both kinds of
 *       peer (servers and clients), which takes two flows: they share the one
 *       {@code ui_communication_port} variable, so moving the port moves both rules.</li>
 *   <li><b>Features.</b> {@code ssl} is off by default ("This port is disabled in the backup server
 *       and the client by default"); {@code udp_scanning} is off by default ("By default, UDP
 *       network scanning is disabled"). Multicast discovery "is enabled by default in StoreGrid",
 *       i.e. StoreGrid has a switch for it: it is the feature {@code multicast_discovery}, on by
 *       default, so a site that turns discovery off in StoreGrid can close 6363/6364 with the
 *       matching toggle instead of keeping an always-open flow.</li>
 *   <li><b>Within the subnet.</b> Multicast discovery and UDP scanning work "only within a subnet",
 *       so their peer is {@code local_subnet} (a local-subnet zone, resolved from the host's own
 *       address by Ansible; no default CIDRs). UDP scanning sends to "all possible IP Addresses in a
 *       network" on 32006 and answers peers that scan it: bidirectional. Multicast discovery is
 *       inbound: peers' announcements arrive from subnet addresses, while what a host sends goes
 *       to a multicast group, not to a subnet address, so a rule towards the subnet would not
 *       describe it.</li>
 *   <li><b>Web console.</b> 6060/6061 serve the WebConsole; the page asks for them "if you need the
 *       ability to connect/administer a StoreGrid peer", so the peer is {@code admins}, with no
 *       default: nothing opens until administrators' addresses are given.</li>
 *   <li><b>NAT remarks.</b> What the page says about NAT devices (32005 "need not be configured",
 *       6363/6364 and 32006 need not be opened because they stay within the subnet, 32004 is
 *       mandatory) are notes, in the vendor's words.</li>
 * </ul>
 */
@Product(
    id = "storegrid",
    title = "StoreGrid",
    docs = "http://www.vembu.com/storegrid/help/nat-firewall-configuration.html",
    description = "Vembu StoreGrid backup software: StoreGrid clients back up to StoreGrid backup servers.")
@Component(id = "server", description = "A StoreGrid backup server")
@Component(id = "client", description = "A StoreGrid client that backs up to a server")
@Zone(id = "local_subnet", description = "The host's own subnet, where multicast discovery and UDP scanning"
    + " find StoreGrid peers", localSubnet = true)
@Zone(id = "admins", description = "Administrators who connect to a StoreGrid peer's WebConsole")
@Feature(id = "ssl", description = "The SSL port (StoreGrid 2.3+): Enabled attribute set to 1 in the SSL tag"
    + " of SGConfiguration.conf", enabledByDefault = false)
@Feature(id = "multicast_discovery", description = "Multicast discovery of peers within a subnet (enabled by"
    + " default in StoreGrid)", enabledByDefault = true)
@Feature(id = "udp_scanning", description = "UDP network scanning for peers within the subnet (disabled by"
    + " default in StoreGrid)", enabledByDefault = false)
@Flow(id = "multicast_discovery", service = "Multicast discovery",
    purpose = "used by StoreGrid Clients and Servers for discovering peers within a subnet",
    component = {"server", "client"}, peerZone = "local_subnet", protocol = Protocol.UDP, ports = {6363, 6364},
    feature = "multicast_discovery")
@Note("TCP Port 32004: Opening up this port is mandatory for the core functionality of backup and restore to"
    + " work in StoreGrid. If a StoreGrid Server is behind a NAT/Firewall then this port needs to be opened."
    + " If you have modified the 'Backup Server Port' during installation, then you have to open the"
    + " corresponding port in your NAT/Firewall (backup_server_port).")
@Note("TCP SSL Port 32007 is disabled in the backup server and the client by default; it is enabled by"
    + " changing the Enabled attribute to 1 in the SSL tag in the SGConfiguration.conf file (feature ssl)."
    + " When enabled in the backup server, it accepts backup requests on both port 32004 and the SSL port"
    + " 32007; when enabled in the client, the client sends the backup data on the SSL port.")
@Note("The SSL port can be modified by changing the 'SSLServer' attribute in the 'Ports' tag in the"
    + " SGConfiguration.conf file (ssl_port). This port number should be set the same in both the server and"
    + " the client.")
@Note("TCP Port 32005 need not be configured in the NAT/Firewall. If so, the only feature that would not work"
    + " is: Switching to a StoreGrid peer behind the NAT/Firewall through the WebConsole of another StoreGrid"
    + " peer outside the NAT/Firewall. TCP discovery on this port is always enabled in StoreGrid.")
@Note("TCP Ports 6060, 6061 are configurable at installation. The NAT/Firewall should also 'allow' these"
    + " ports if you need the ability to connect/administer a StoreGrid peer behind the NAT/Firewall.")
@Note("Multicast Ports (UDP) 6363, 6364: In most networks, multicasting will work only within a subnet. There"
    + " is no need to open these ports in firewall or NAT devices as multicast packets may not be sent across"
    + " networks, anyway. Multicast discovery is enabled by default in StoreGrid.")
@Note("UDP Port 32006: There is no need to open this port in the NAT/firewall as StoreGrid does the UDP"
    + " scanning only within its subnet. By default, UDP network scanning is disabled in StoreGrid.")
// Zones without defaults are deliberate (see above): nothing opens until the site names its peers.
@SuppressWarnings("portcullis:zone-no-defaults")
public final class StoreGrid {
  private StoreGrid() {}

  @Flow(id = "backup", service = "Backup Server Port",
      purpose = "All Client-Server communication including backups, restore etc. (except TCP discovery)",
      component = "server", peerComponent = "client", portVariable = "backup_server_port")
  public static final int BACKUP_SERVER_PORT = 32004;

  @Flow(id = "backup_ssl", service = "SSL port",
      purpose = "Client-Server communication including backups, restore etc. (except TCP discovery) on the"
          + " secure SSL port",
      component = "server", peerComponent = "client", portVariable = "ssl_port", feature = "ssl")
  public static final int SSL_PORT = 32007;

  /** The suffix of each flow id names the peer: servers, then clients. */
  @Flow(id = "ui_communication_servers", service = "UI Communication Port",
      purpose = "Communication between the PHP module (invoked by the StoreGrid browser based WebConsole) and"
          + " the StoreGrid C++ modules; TCP discovery between StoreGrid peers",
      component = {"server", "client"}, peerComponent = "server", portVariable = "ui_communication_port")
  @Flow(id = "ui_communication_clients", service = "UI Communication Port",
      purpose = "Communication between the PHP module (invoked by the StoreGrid browser based WebConsole) and"
          + " the StoreGrid C++ modules; TCP discovery between StoreGrid peers",
      component = {"server", "client"}, peerComponent = "client", portVariable = "ui_communication_port")
  public static final int UI_COMMUNICATION_PORT = 32005;

  @Flow(id = "web_server_1", service = "StoreGrid Web Server (Apache)",
      purpose = "Serve requests from StoreGrid WebConsole (User Interface)", component = {"server", "client"},
      peerZone = "admins", portVariable = "web_server_port_1")
  public static final int WEB_SERVER_PORT_1 = 6060;

  @Flow(id = "web_server_2", service = "StoreGrid Web Server (Apache)",
      purpose = "Serve requests from StoreGrid WebConsole (User Interface)", component = {"server", "client"},
      peerZone = "admins", portVariable = "web_server_port_2")
  public static final int WEB_SERVER_PORT_2 = 6061;

  @Flow(id = "udp_scanning", service = "UDP scanning",
      purpose = "Discovery of StoreGrid peers: UDP scanning on port 32006 of all possible IP Addresses in a"
          + " network",
      component = {"server", "client"}, peerZone = "local_subnet", direction = Direction.BIDIRECTIONAL,
      protocol = Protocol.UDP, feature = "udp_scanning")
  public static final int UDP_SCANNING = 32006;
}
