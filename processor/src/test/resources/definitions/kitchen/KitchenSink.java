package kitchen;

import dev.portcullis.annotations.*;

/**
 * A test definition that uses every part of the annotation model once: zones of every kind,
 * features, every protocol and direction, constants, ranges, configurable ports and protocols,
 * instance-numbered ports, prerequisites and notes. Golden files, determinism and the
 * bad-definition corpus (as the valid product compiled alongside) are built from it.
 */
@Product(
    id = "kitchen_sink",
    title = "Kitchen Sink",
    docs = "https://example.invalid/kitchen-sink/ports",
    description = "A product that uses every feature: \"quotes\", apostrophes' and ${not_a_variable}.")
@Component(id = "server", description = "The application server")
@Component(id = "worker", description = "Background workers")
// clients: declared unsorted and not canonical; the model (and its golden) holds them sorted and canonical
@Zone(id = "clients", description = "Users' browsers", ipv4 = {"192.168.0.0/16", "10.0.0.0/8"}, ipv6 = "fd00:0::/8")
@Zone(id = "internet", description = "Anywhere", ipv4 = "0.0.0.0/0", ipv6 = "::/0", isPublic = true)
@Zone(id = "lan", description = "The host's own subnet", localSubnet = true, ipv4 = "172.16.0.0/12")
@Zone(id = "monitoring", description = "The monitoring namespace", ipv4 = "10.50.0.0/16",
    namespaceSelector = "kubernetes.io/metadata.name=monitoring")
@Feature(id = "metrics", description = "Prometheus metrics", enabledByDefault = true)
@Feature(id = "legacy_api", description = "The old API")
@Sysctl(key = "net.ipv4.ip_forward", value = "1", reason = "Workers route container traffic")
@AllowOutgoing(reason = "Workers fetch jobs from anywhere")
@AllowForwarding(reason = "Containers on workers")
@Note("Port 8443 is optional; it is only needed when TLS is terminated on the server.")
@Note("Workers may run several instances on one host.")
@Flow(id = "https", service = "HTTPS", purpose = "Web UI and API", component = "server", peerZone = "clients",
    ports = {443, 8443})
@Flow(id = "dns", service = "DNS", purpose = "Name resolution", component = {"server", "worker"}, peerZone = "internet",
    direction = Direction.OUTBOUND, protocol = Protocol.TCP_UDP, ports = 53)
@Flow(id = "ping", service = "ICMP echo", purpose = "Health checks between servers", component = "server",
    peerComponent = "server", direction = Direction.BIDIRECTIONAL, protocol = Protocol.ICMP, icmpType = 8)
@Flow(id = "cluster", service = "Cluster bus", purpose = "Gossip", component = "server", peerComponent = "server",
    direction = Direction.BIDIRECTIONAL, ranges = @Range(from = 7000, to = 7010))
@Flow(id = "jobs", service = "Job queue", component = "worker", peerComponent = "server", direction = Direction.OUTBOUND,
    ports = 5672, portVariable = "jobs_port")
@Flow(id = "syslog", service = "Syslog", component = "worker", peerZone = "lan", direction = Direction.OUTBOUND,
    protocol = Protocol.UDP, ports = 514, protocolVariable = "syslog_protocol")
@Flow(id = "runners", service = "Runners", purpose = "One port per runner instance", component = "worker",
    peerComponent = "server", instances = @Instances(base = 9000, defaultCount = 2, maxCount = 8, variable = "runner_count"))
@Flow(id = "metrics", service = "Metrics", component = {"server", "worker"}, peerZone = "monitoring", ports = 9100,
    feature = "metrics")
@Flow(id = "legacy_api", service = "Legacy API", component = "server", peerZone = "clients", ranges = {
    @Range(from = 8080, to = 8081), @Range(from = 8090, to = 8090)}, feature = "legacy_api")
@Flow(id = "signalling", service = "SIGTRAN", component = "server", peerZone = "clients", protocol = Protocol.SCTP,
    ports = 2905)
@SuppressWarnings({"portcullis:aws-sctp-ports", "portcullis:k8s-icmp", "portcullis:k8s-prerequisite"})
public final class KitchenSink {
  private KitchenSink() {}

  /** The admin console: application code uses the same number. */
  @Flow(id = "admin", service = "Admin console", purpose = "Operators only", component = "server", peerZone = "clients")
  public static final int ADMIN = 9443;
}
