package dev.portcullis.it.ansible;

import dev.portcullis.annotations.AllowForwarding;
import dev.portcullis.annotations.Component;
import dev.portcullis.annotations.Direction;
import dev.portcullis.annotations.Feature;
import dev.portcullis.annotations.Flow;
import dev.portcullis.annotations.Instances;
import dev.portcullis.annotations.Product;
import dev.portcullis.annotations.Protocol;
import dev.portcullis.annotations.Range;
import dev.portcullis.annotations.Sysctl;
import dev.portcullis.annotations.Zone;

/**
 * A test product for the Ansible role that uses every concept the seeds use, with the longest
 * product id (20 characters) so generated lines are at their widest: zones that cover the test
 * client (admins, the local subnet, the public internet) and zones that do not (office, mail,
 * which has no default), features on and off, a configurable port and protocol, instance
 * numbered ports, more than 15 ports for one peer, ICMP, SCTP, an outbound flow and forwarding.
 * The test client is at 10.231.N.2 and fd00:231:N::2.
 */
@Product(id = "ansible_lab_product1", title = "Ansible lab {{ not_jinja }} 'q' \"dq\"",
    docs = "https://example.com/ports", description = "A product made up to test the Ansible role.")
@Component(id = "server", description = "The server")
@Component(id = "worker", description = "A worker")
@Zone(id = "admins", description = "Admin networks", ipv4 = "10.231.0.0/16", ipv6 = "fd00:231::/32")
@Zone(id = "office", description = "Office networks", ipv4 = "192.0.2.0/24", ipv6 = "2001:db8::/32")
@Zone(id = "mail", description = "Mail servers")
@Zone(id = "internet", description = "Anyone", isPublic = true, ipv4 = "0.0.0.0/0", ipv6 = "::/0")
@Zone(id = "lan", description = "The local subnet", localSubnet = true)
@Feature(id = "ssl", description = "Backups over SSL", enabledByDefault = false)
@Feature(id = "scan", description = "Network scanning", enabledByDefault = true)
@Sysctl(key = "net.ipv4.ip_forward", value = "1", reason = "VPN traffic is routed")
@AllowForwarding(reason = "VPN traffic is routed through the host")
@Flow(id = "web", service = "HTTPS", purpose = "Web UI", component = "server", peerZone = "internet",
    ports = {80, 443})
@Flow(id = "admin_ui", service = "Admin UI", purpose = "Console", component = "server", peerZone = "admins",
    ranges = @Range(from = 9000, to = 9003))
@Flow(id = "office_ui", service = "Office UI", purpose = "Never open to the test client", component = "server",
    peerZone = "office", ports = 9100)
@Flow(id = "backup", service = "Backup", component = {"server", "worker"}, peerComponent = "worker",
    protocol = Protocol.TCP_UDP, ports = 32004, portVariable = "backup_port")
@Flow(id = "vpn", service = "VPN", component = "server", peerZone = "internet", protocol = Protocol.UDP,
    ports = 1194, portVariable = "vpn_port", protocolVariable = "vpn_protocol")
@Flow(id = "ssl", service = "SSL", component = "server", peerComponent = "worker", ports = 32007, feature = "ssl")
@Flow(id = "scan", service = "Scan", component = "server", peerZone = "lan", protocol = Protocol.UDP,
    ports = 32006, feature = "scan")
@Flow(id = "ha", service = "HA", component = "server", peerComponent = "server",
    instances = @Instances(base = 4745, defaultCount = 2, variable = "ha_instances", maxCount = 8))
@Flow(id = "ping", service = "Ping", component = "server", peerComponent = "worker", protocol = Protocol.ICMP,
    icmpType = 8)
@Flow(id = "many", service = "Many ports", purpose = "More than 15 ports for one peer", component = "server",
    peerZone = "lan", ports = {7001, 7002, 7003, 7004, 7005, 7006, 7007, 7008, 7009, 7010, 7011, 7012, 7013,
        7014, 7015, 7016, 7017}, ranges = {@Range(from = 7100, to = 7102), @Range(from = 7200, to = 7201)})
@Flow(id = "smtp", service = "Mail", component = "server", peerZone = "mail", ports = {25, 587},
    direction = Direction.OUTBOUND)
@Flow(id = "mail_in", service = "Mail in", component = "server", peerZone = "mail", ports = 2525)
@Flow(id = "sig", service = "Signalling", component = "server", peerZone = "admins", protocol = Protocol.SCTP,
    ports = 3868)
@Flow(id = "sync", service = "Sync", component = "worker", peerComponent = "server", ports = 6000,
    direction = Direction.BIDIRECTIONAL)
public final class AnsibleLab {
  private AnsibleLab() {}
}
