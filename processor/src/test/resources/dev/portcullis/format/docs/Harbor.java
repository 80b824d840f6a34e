package fixtures;

import dev.portcullis.annotations.AllowForwarding;
import dev.portcullis.annotations.AllowOutgoing;
import dev.portcullis.annotations.Component;
import dev.portcullis.annotations.Direction;
import dev.portcullis.annotations.Feature;
import dev.portcullis.annotations.Flow;
import dev.portcullis.annotations.Instances;
import dev.portcullis.annotations.Note;
import dev.portcullis.annotations.Product;
import dev.portcullis.annotations.Protocol;
import dev.portcullis.annotations.Range;
import dev.portcullis.annotations.Sysctl;
import dev.portcullis.annotations.Zone;

/** A made-up product that uses every concept the docs page shows, with text that needs escaping. */
@Product(id = "harbor", title = "Harbor | <b>Gate</b> `x`",
    docs = "https://example.com/harbor docs/ports_(v2)#table",
    description = "A *gateway* and workers; the docs page must show \"every\" row # 1.")
@Component(id = "gateway", description = "Edge proxy [public]")
@Component(id = "worker", description = "Job runner\nsecond line")
@Zone(id = "admins", description = "Operators' laptops", ipv4 = "10.0.0.0/8")
@Zone(id = "internet", description = "Anyone", isPublic = true, ipv4 = "0.0.0.0/0", ipv6 = "::/0")
@Zone(id = "agents", description = "Monitored hosts (no defaults)")
@Zone(id = "lan", description = "Same subnet", localSubnet = true)
@Feature(id = "tls", description = "Serve TLS on 8443")
@Feature(id = "metrics", description = "Prometheus scraping", enabledByDefault = true)
@Sysctl(key = "net.ipv4.ip_forward", value = "1", reason = "Workers route tunnel traffic")
@AllowForwarding(reason = "Tunnel clients reach the internet through the worker")
@AllowOutgoing(reason = "Workers download jobs")
@Note("Run Docker with --iptables=false | or it bypasses the rules -->")
@Note("Second note with `code` and <html>")
@Flow(id = "web", service = "HTTP(S)", purpose = "Public web", component = "gateway", peerZone = "internet",
    ports = {80, 443})
@Flow(id = "web_tls", service = "HTTPS alt", purpose = "TLS port", component = "gateway", peerZone = "internet",
    ports = 8443, feature = "tls")
@Flow(id = "jobs", service = "Jobs", purpose = "Job dispatch", component = "worker", peerComponent = "gateway",
    ranges = @Range(from = 9000, to = 9010))
@Flow(id = "ssh", service = "SSH", purpose = "Administration", component = {"gateway", "worker"}, peerZone = "admins",
    ports = 2222, portVariable = "admin_ssh_port")
@Flow(id = "ping", service = "ICMP echo", purpose = "Health", component = "worker", peerComponent = "worker",
    protocol = Protocol.ICMP, icmpType = 8)
@Flow(id = "redirect", service = "ICMP redirect", purpose = "Routing", component = "worker", peerComponent = "gateway",
    protocol = Protocol.ICMP, icmpType = 5, icmpCode = 1)
@Flow(id = "tunnel", service = "Tunnel", purpose = "VPN", component = "worker", peerZone = "internet",
    protocol = Protocol.UDP, ports = 1194, portVariable = "tunnel_port", protocolVariable = "tunnel_protocol")
@Flow(id = "replica", service = "Replica", purpose = "Replica N", component = "worker", peerComponent = "worker",
    instances = @Instances(base = 4745, defaultCount = 2, variable = "replica_instances"))
@Flow(id = "logs", service = "Logs", purpose = "Ship logs", component = "gateway", peerZone = "agents",
    direction = Direction.OUTBOUND, ranges = @Range(from = 1514, to = 1516))
@Flow(id = "sync", service = "Sync", purpose = "State sync", component = "gateway", peerComponent = "worker",
    direction = Direction.BIDIRECTIONAL, protocol = Protocol.UDP, ports = 5000)
@Flow(id = "discovery", service = "Discovery", purpose = "Multicast discovery", component = "worker", peerZone = "lan",
    protocol = Protocol.TCP_UDP, ports = 6000)
@Flow(id = "scrape", service = "Metrics", purpose = "Prometheus", component = "worker", peerZone = "admins",
    ports = 9100, feature = "metrics")
@Flow(id = "control", service = "Control", purpose = "SCTP control", component = "gateway", peerComponent = "worker",
    protocol = Protocol.SCTP, ports = 3868)
public final class Harbor {}
