package dev.portcullis.products;

import dev.portcullis.annotations.AllowOutgoing;
import dev.portcullis.annotations.Component;
import dev.portcullis.annotations.Flow;
import dev.portcullis.annotations.Note;
import dev.portcullis.annotations.Product;
import dev.portcullis.annotations.Protocol;

/**
 * StorageOS, from the vendor's "Port list" (seeds/storageos-ports.md): ten rows, all node to node.
 *
 * <p>Modelling choices:
 * <ul>
 *   <li>One component, {@code node}: the document lists ports every StorageOS node opens for the
 *       other nodes, so each row is an inbound flow whose peer is the component itself (its other
 *       members). A self-peer flow is both ends at once: every node listens, and every node dials
 *       the others on that port, which is what the vendor's {@code iptables -A OUTPUT --dport}
 *       lines open; targets emit that outbound half from the same flow, so no separate outbound
 *       row is declared.</li>
 *   <li>"StorageOS also uses random ports to dial-out to these ports on other StorageOS nodes. For
 *       this reason, outgoing traffic should be enabled." is the {@link AllowOutgoing} prerequisite
 *       (the vendor's {@code ufw default allow outgoing}).</li>
 *   <li>Rows that share a "Use" (two ETCD ports, three NATS ports, two Direct FS ports) stay one flow
 *       per port, so application code gets one constant per number; the ids are ours, the service
 *       and purpose texts are the vendor's "Use" column.</li>
 *   <li>The VPS-provider remark is a {@link Note}; the vendor's {@code eth0} and
 *       {@code ESTABLISHED,RELATED} lines are how any stateful target works, not product data.</li>
 * </ul>
 */
@Product(
    id = "storageos",
    title = "StorageOS",
    docs = "https://docs.storageos.com/docs/prerequisites/firewalls",
    description = "Software-defined storage for containers; every node talks to every other node.")
@Component(id = "node", description = "A StorageOS cluster node")
@AllowOutgoing(reason = "StorageOS uses random ports to dial out to these ports on other StorageOS nodes")
@Note("Some VPS providers (such as Digital Ocean) have some default firewall rules set which must be updated"
    + " to allow StorageOS to run.")
public final class StorageOs {
  private StorageOs() {}

  @Flow(id = "rest_api", service = "REST API", purpose = "REST API", component = "node", peerComponent = "node")
  public static final int REST_API = 5705;

  @Flow(id = "etcd_client", service = "ETCD service", purpose = "ETCD service", component = "node", peerComponent = "node")
  public static final int ETCD_CLIENT = 5706;

  @Flow(id = "etcd_peer", service = "ETCD service", purpose = "ETCD service", component = "node", peerComponent = "node")
  public static final int ETCD_PEER = 5707;

  @Flow(id = "dataplane_health", service = "Dataplane health check", purpose = "Dataplane health check",
      component = "node", peerComponent = "node")
  public static final int DATAPLANE_HEALTH = 8001;

  @Flow(id = "nats_client", service = "NATS service", purpose = "NATS service", component = "node", peerComponent = "node")
  public static final int NATS_CLIENT = 4222;

  @Flow(id = "nats_cluster", service = "NATS service", purpose = "NATS service", component = "node", peerComponent = "node")
  public static final int NATS_CLUSTER = 4223;

  @Flow(id = "nats_monitoring", service = "NATS service", purpose = "NATS service", component = "node", peerComponent = "node")
  public static final int NATS_MONITORING = 8222;

  @Flow(id = "gossip", service = "Gossip service", purpose = "Gossip service", component = "node",
      peerComponent = "node", protocol = Protocol.TCP_UDP)
  public static final int GOSSIP = 13701;

  @Flow(id = "direct_fs", service = "Direct FS", purpose = "Direct FS", component = "node", peerComponent = "node")
  public static final int DIRECT_FS = 17100;

  @Flow(id = "direct_fs_2", service = "Direct FS", purpose = "Direct FS", component = "node", peerComponent = "node")
  public static final int DIRECT_FS_2 = 17102;
}
