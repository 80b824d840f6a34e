package dev.portcullis.products;

import dev.portcullis.annotations.Component;
import dev.portcullis.annotations.Flow;
import dev.portcullis.annotations.Product;
import dev.portcullis.annotations.Protocol;
import dev.portcullis.annotations.Range;
import dev.portcullis.annotations.Zone;

/**
 * UTMStack, from the vendor's "Firewall Rules" page (seeds/utmstack-firewall-rules.md): five
 * sections, fifteen port lines, all "allow incoming traffic".
 *
 * <p>Modelling choices:
 * <ul>
 *   <li><b>Components.</b> {@code master} (the UTMStack server) and {@code probe} (a probe or
 *       proxy). "From the probe/proxy to the master" is an inbound flow on the master whose peer is
 *       the probe component, and "from the master to the probe/proxy" the reverse; targets derive
 *       the dialling side's outbound half from the same flow.</li>
 *   <li><b>"To the master or probe/proxy".</b> The agentless-device and agent sections name both
 *       components as receivers, so those flows are declared once with
 *       {@code component = {"master", "probe"}}: a log source may be pointed at either. The agent
 *       section says "on the master" but "to communicate with the master or probe/proxy"; the
 *       second half decides, since agents behind a probe talk to the probe.</li>
 *   <li><b>Zones.</b> {@code agentless_devices} (the vendor's "firewalls, hypervisors, etc."),
 *       {@code agents} (hosts running a UTMStack agent) and {@code console_users} (whoever opens
 *       the Web console on 443). The web console is on the master only: the page speaks of "the
 *       UTMStack Web console", which the master serves.</li>
 *   <li><b>Anywhere, without defaults.</b> The page never says where these peers are: "Allow
 *       incoming traffic on port 443 to access the UTMStack Web console" names no source, and the
 *       agents and "agentless devices (firewalls, hypervisors, etc.)" are whatever a site
 *       monitors, at any of its sites, as the probe/proxy that reaches the master "over the
 *       internet using VPN". So the three zones are {@code isPublic = true}: a user may set them
 *       to the whole internet ({@code 0.0.0.0/0}, {@code ::/0}). They still have no default
 *       addresses, because the page gives none: nothing opens to them until the user names
 *       their addresses (or the whole internet). Changed from non-public zones, which refused
 *       the "anywhere" the page allows.</li>
 *   <li><b>One flow per line.</b> The four "send syslog logs" lines (514/UDP, 514/TCP, 1470/TCP,
 *       2056/TCP) stay four flows, as the vendor lists them; two-port lines ("9390/TCP and
 *       8888/TCP") are one flow with both ports; "1514-1516/TCP" is a {@link Range}. Single-port
 *       lines sit on constants so application code binds the same numbers.</li>
 *   <li><b>Texts.</b> The page has no service column: the service is named from the purpose (the
 *       vendor's nouns: VPN, vulnerabilities scanner, assets discovery service, Netflow, syslog,
 *       HIDS, Agent Manager, Web console); the purpose is the vendor's "Purpose:" text.</li>
 * </ul>
 */
@Product(
    id = "utmstack",
    title = "UTMStack",
    docs = "https://documentation.utmstack.com/",
    description = "UTMStack SIEM/XDR: a master server, optional probes/proxies, and the devices and agents"
        + " that send them logs.")
@Component(id = "master", description = "The UTMStack master server")
@Component(id = "probe", description = "A UTMStack probe/proxy")
@Zone(id = "agentless_devices", description = "Agentless devices (firewalls, hypervisors, etc.) that send"
    + " Netflow, syslog and HTTP POST logs", isPublic = true)
@Zone(id = "agents", description = "Hosts running a UTMStack agent", isPublic = true)
@Zone(id = "console_users", description = "Users of the UTMStack Web console", isPublic = true)
@Flow(id = "vulnerability_scanner", service = "Vulnerabilities scanner",
    purpose = "Used to connect with the vulnerabilities scanner.", component = "probe", peerComponent = "master",
    ports = {9390, 8888})
@Flow(id = "assets_discovery", service = "Assets discovery service",
    purpose = "Used to connect with the assets discovery service.", component = "probe", peerComponent = "master",
    ports = {5000, 8000})
@Flow(id = "hids", service = "HIDS", purpose = "Used for HIDS agent communications.",
    component = {"master", "probe"}, peerZone = "agents", ranges = @Range(from = 1514, to = 1516))
// Zones without defaults are deliberate (see above): nothing opens until the site names its peers,
// which may be the whole internet (the zones are public).
@SuppressWarnings("portcullis:zone-no-defaults")
public final class UtmStack {
  private UtmStack() {}

  @Flow(id = "vpn", service = "VPN", purpose = "Used to connect the probe/proxy over the internet using VPN.",
      component = "master", peerComponent = "probe")
  public static final int VPN = 1194;

  @Flow(id = "netflow", service = "Netflow", purpose = "Used to send Netflow packets.",
      component = {"master", "probe"}, peerZone = "agentless_devices", protocol = Protocol.UDP)
  public static final int NETFLOW = 2055;

  @Flow(id = "syslog_udp", service = "syslog", purpose = "Used to send syslog logs.",
      component = {"master", "probe"}, peerZone = "agentless_devices", protocol = Protocol.UDP)
  public static final int SYSLOG_UDP = 514;

  @Flow(id = "syslog_tcp", service = "syslog", purpose = "Used to send syslog logs.",
      component = {"master", "probe"}, peerZone = "agentless_devices")
  public static final int SYSLOG_TCP = 514;

  @Flow(id = "syslog_tcp_1470", service = "syslog", purpose = "Used to send syslog logs.",
      component = {"master", "probe"}, peerZone = "agentless_devices")
  public static final int SYSLOG_TCP_1470 = 1470;

  @Flow(id = "syslog_tcp_2056", service = "syslog", purpose = "Used to send syslog logs.",
      component = {"master", "probe"}, peerZone = "agentless_devices")
  public static final int SYSLOG_TCP_2056 = 2056;

  @Flow(id = "http_post_logs", service = "HTTP POST logs", purpose = "Used to send logs through HTTP POST.",
      component = {"master", "probe"}, peerZone = "agentless_devices")
  public static final int HTTP_POST_LOGS = 8089;

  @Flow(id = "agent_logs", service = "Logs", purpose = "Used to send logs.", component = {"master", "probe"},
      peerZone = "agents")
  public static final int AGENT_LOGS = 5044;

  @Flow(id = "hids_api", service = "HIDS management API", purpose = "Used for HIDS management API.",
      component = {"master", "probe"}, peerZone = "agents")
  public static final int HIDS_API = 55000;

  @Flow(id = "agent_manager", service = "Agent Manager", purpose = "Used to connect to the Agent Manager.",
      component = {"master", "probe"}, peerZone = "agents")
  public static final int AGENT_MANAGER = 9000;

  @Flow(id = "web_console", service = "Web console", purpose = "to access the UTMStack Web console",
      component = "master", peerZone = "console_users")
  public static final int WEB_CONSOLE = 443;
}
