package dev.portcullis.it.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.products.StorageOs;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Holds the generated StorageOS model against the vendor's "Port list" (seeds/storageos-ports.md),
 * transcribed by hand: ten rows, all between StorageOS nodes, plus "outgoing traffic should be
 * enabled".
 */
class StorageOsDocumentTest {
  private static final String NODES = "component:node";

  private final SeedModel model = SeedModel.load("storageos");

  /** | Port Number | TCP/UDP | Use | — one flow per row, every node open to the other nodes. */
  @Test
  void everyRowOfThePortListIsAFlowBetweenNodes() {
    model.assertFlowsExactly(List.of(
        FlowRow.of("node", "rest_api", "REST API", "REST API", NODES, "inbound", "tcp", "5705"),
        FlowRow.of("node", "etcd_client", "ETCD service", "ETCD service", NODES, "inbound", "tcp", "5706"),
        FlowRow.of("node", "etcd_peer", "ETCD service", "ETCD service", NODES, "inbound", "tcp", "5707"),
        FlowRow.of("node", "dataplane_health", "Dataplane health check", "Dataplane health check", NODES,
            "inbound", "tcp", "8001"),
        FlowRow.of("node", "nats_client", "NATS service", "NATS service", NODES, "inbound", "tcp", "4222"),
        FlowRow.of("node", "nats_cluster", "NATS service", "NATS service", NODES, "inbound", "tcp", "4223"),
        FlowRow.of("node", "nats_monitoring", "NATS service", "NATS service", NODES, "inbound", "tcp", "8222"),
        FlowRow.of("node", "gossip", "Gossip service", "Gossip service", NODES, "inbound", "tcp_udp", "13701"),
        FlowRow.of("node", "direct_fs", "Direct FS", "Direct FS", NODES, "inbound", "tcp", "17100"),
        FlowRow.of("node", "direct_fs_2", "Direct FS", "Direct FS", NODES, "inbound", "tcp", "17102")));
  }

  @Test
  void nodesAreTheOnlyComponentAndNoZoneIsNeeded() {
    assertEquals(List.of("node"), model.ids("components"));
    assertEquals(List.of(), model.ids("zones"));
    assertEquals(List.of(), model.features());
    assertEquals(List.of(), model.variableNames());
  }

  /** "StorageOS also uses random ports to dial-out ... outgoing traffic should be enabled." */
  @Test
  void outgoingTrafficMustStayAllowed() {
    assertTrue(model.outgoingRequired());
    assertTrue(model.prerequisiteReason("outgoing").contains("random ports"));
    assertFalse(model.forwardingRequired());
    assertEquals(List.of(), model.sysctls());
  }

  @Test
  void theVpsProviderRemarkIsANote() {
    assertEquals(1, model.notes().size());
    assertTrue(model.notes().get(0).contains("Digital Ocean"), model.notes().toString());
  }

  /** The constants application code binds are the numbers of the table. */
  @Test
  void constantsCarryTheDocumentedNumbers() {
    assertEquals(5705, StorageOs.REST_API);
    assertEquals(13701, StorageOs.GOSSIP);
    assertEquals(17102, StorageOs.DIRECT_FS_2);
  }
}
