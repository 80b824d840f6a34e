package dev.portcullis.it.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.products.BrickStorSp;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Holds the generated BrickStor SP model against "Table 1. BrickStor SP Open Network Port
 * Requirements" (seeds/brickstor-sp-ports.txt), transcribed by hand row by row, plus the ICMP
 * sentence and the 4745+N hiavd instances.
 */
class BrickStorSpDocumentTest {
  private static final String APPLIANCE = "component:appliance";
  private static final String WITNESS = "component:witness";

  private final SeedModel model = SeedModel.load("brickstor_sp");

  @Test
  void everyRowOfTable1() {
    FlowRow confd = FlowRow.of("appliance", "confd", "confd", "Configuration database", APPLIANCE, "inbound", "tcp",
        "2379,2380");
    FlowRow hiavd = FlowRow.of("appliance", "hiavd_ha", "hiavd", "High Availability (between HA nodes)", APPLIANCE,
        "bidirectional", "tcp", "4746").instances(4745, 1, "hiavd_instances");
    FlowRow ping = FlowRow.of("appliance", "ping_ha", "ICMP echo (Ping)",
        "Required between all HA nodes, including the Witness", APPLIANCE, "bidirectional", "icmp", "").icmp(8, -1);
    model.assertFlowsExactly(List.of(
        // 22 | SSH | TCP | bidirectional | Receive Management and Replication data (two audiences)
        FlowRow.of("appliance", "ssh_management", "SSH", "Receive Management and Replication data", "zone:admins",
            "inbound", "tcp", "22"),
        FlowRow.of("appliance", "ssh_replication", "SSH", "Receive Management and Replication data",
            "zone:replication_peers", "bidirectional", "tcp", "22"),
        // 22, 8444, 8544 | TCP Replication | TCP | outbound | Send Replication
        FlowRow.of("appliance", "replication_send", "TCP Replication", "Send Replication", "zone:replication_peers",
            "outbound", "tcp", "22,8444,8544"),
        // 25, 587 | mail | TCP | outbound | send notification emails
        FlowRow.of("appliance", "mail", "mail", "send notification emails", "zone:mail_servers", "outbound", "tcp",
            "25,587"),
        // 53 | DNS | UDP | bidirectional | Domain name Service
        FlowRow.of("appliance", "dns", "DNS", "Domain name Service", "zone:dns_servers", "bidirectional", "udp", "53"),
        // 88 | Kerberos | UDP | outbound | Authentication
        FlowRow.of("appliance", "kerberos", "Kerberos", "Authentication", "zone:kerberos_servers", "outbound", "udp",
            "88"),
        // 111 | NFS/rpc | TCP/UDP | bidirectional | NFS client access
        FlowRow.of("appliance", "nfs_rpc", "NFS/rpc", "NFS client access", "zone:nfs_clients", "bidirectional",
            "tcp_udp", "111"),
        // 123 | NTP | UDP | bidirectional | Time synchronization
        FlowRow.of("appliance", "ntp", "NTP", "Time synchronization", "zone:ntp_servers", "bidirectional", "udp",
            "123"),
        // 139, 445 | SMB | TCP/UDP | inbound | SMB/CIFS client access
        FlowRow.of("appliance", "smb", "SMB", "SMB/CIFS client access", "zone:smb_clients", "inbound", "tcp_udp",
            "139,445"),
        // 161 | SNMP | UDP | bidirectional | Monitoring with SNMP
        FlowRow.of("appliance", "snmp", "SNMP", "Monitoring with SNMP", "zone:snmp_stations", "bidirectional", "udp",
            "161"),
        // 162 | SNMP traps | UDP | outbound | Sending alerts to SNMP stations
        FlowRow.of("appliance", "snmp_traps", "SNMP traps", "Sending alerts to SNMP stations", "zone:snmp_stations",
            "outbound", "udp", "162"),
        // 389, 636 | LDAP | TCP/UDP | outbound | Access to directory service servers
        FlowRow.of("appliance", "ldap", "LDAP", "Access to directory service servers", "zone:directory_servers",
            "outbound", "tcp_udp", "389,636"),
        // 443 | HTTPS | TCP | outbound | Call Home for Software Updates (https://myracktop.com)
        FlowRow.of("appliance", "https_call_home", "HTTPS", "Call Home for Software Updates (https://myracktop.com)",
            "zone:call_home", "outbound", "tcp", "443"),
        // 443 | HTTPS | TCP | inbound | RMM/iLO Out of Band Management
        FlowRow.of("appliance", "https_oob_management", "HTTPS", "RMM/iLO Out of Band Management",
            "zone:oob_management", "inbound", "tcp", "443"),
        // 443 | hiavd | TCP | outbound | High Availability Windows Witness
        FlowRow.of("appliance", "hiavd_windows_witness", "hiavd", "High Availability Windows Witness", WITNESS,
            "outbound", "tcp", "443"),
        // 514 | syslog | TCP/UDP | outbound | Logging
        FlowRow.of("appliance", "syslog", "syslog", "Logging", "zone:syslog_servers", "outbound", "tcp_udp", "514"),
        // 623 | RMCP | TCP/UDP | inbound | HA Power/IPMI access
        FlowRow.of("appliance", "rmcp", "RMCP", "HA Power/IPMI access", APPLIANCE, "inbound", "tcp_udp", "623"),
        // 2049 | NFS/portmap | TCP/UDP | inbound | NFS client access
        FlowRow.of("appliance", "nfs_portmap", "NFS/portmap", "NFS client access", "zone:nfs_clients", "inbound",
            "tcp_udp", "2049"),
        // 2379,2380 | confd | TCP | inbound | Configuration database — on every HA node, witness included
        confd,
        confd.on("witness"),
        FlowRow.of("appliance", "confd_from_witness", "confd", "Configuration database", WITNESS, "inbound", "tcp",
            "2379,2380"),
        // 3205, 3260 | iSCSI | TCP | inbound | iSCSI client/initiator access
        FlowRow.of("appliance", "iscsi", "iSCSI", "iSCSI client/initiator access", "zone:iscsi_initiators", "inbound",
            "tcp", "3205,3260"),
        // 4045 | NFS/lockmgr | TCP/UDP | inbound | NFS client access
        FlowRow.of("appliance", "nfs_lockmgr", "NFS/lockmgr", "NFS client access", "zone:nfs_clients", "inbound",
            "tcp_udp", "4045"),
        // 4746 | hiavd | TCP | bidirectional | High Availability (between HA nodes); instance N at 4745+N
        hiavd,
        hiavd.on("witness"),
        // 5696, 8445 | KMIP | TCP | outbound | Access to key management server
        FlowRow.of("appliance", "kmip", "KMIP", "Access to key management server", "zone:key_managers", "outbound",
            "tcp", "5696,8445"),
        // 5697 | keymgrd | TCP | bidirectional | Key replication/sync
        FlowRow.of("appliance", "keymgrd", "keymgrd", "Key replication/sync", APPLIANCE, "bidirectional", "tcp",
            "5697"),
        // 5699 | bsrlicensed | TCP | bidirectional | HA license check
        FlowRow.of("appliance", "bsrlicensed", "bsrlicensed", "HA license check", APPLIANCE, "bidirectional", "tcp",
            "5699"),
        // 8086, 8088 | influxdb | TCP | inbound | Used for BrickStor SP Manager (charts)
        FlowRow.of("appliance", "influxdb", "influxdb", "Used for BrickStor SP Manager (charts)", "zone:admins",
            "inbound", "tcp", "8086,8088"),
        // 80, 443, 8443 | bsrapid | TCP | inbound | Used for BrickStor SP Manager (http/https)
        FlowRow.of("appliance", "bsrapid", "bsrapid", "Used for BrickStor SP Manager (http/https)", "zone:admins",
            "inbound", "tcp", "80,443,8443"),
        // "ICMP echo (Ping) is required between all HA nodes, including the Witness."
        ping,
        ping.on("witness")));
  }

  /** 443 appears three times in the table, each with its own direction, peer and purpose. */
  @Test
  void port443IsKeptThreeTimes() {
    List<FlowRow> https = model.flows().stream().filter(f -> f.ports().equals("443")).toList();
    assertEquals(List.of("appliance/hiavd_windows_witness outbound component:witness",
            "appliance/https_call_home outbound zone:call_home",
            "appliance/https_oob_management inbound zone:oob_management"),
        https.stream().map(f -> f.key() + " " + f.direction() + " " + f.peer()).sorted().toList());
    assertEquals(443, BrickStorSp.CALL_HOME);
    assertEquals(443, BrickStorSp.OOB_MANAGEMENT);
    assertEquals(443, BrickStorSp.HIAVD_WINDOWS_WITNESS);
  }

  /** "The Nth instance of hiavd will be at port 4745+N": a count variable, default one instance (4746). */
  @Test
  void hiavdInstancesAreCounted() {
    assertEquals(List.of("hiavd_instances"), model.variableNames());
    assertEquals("instance_count default=1 flow=hiavd_ha", model.variable("hiavd_instances"));
  }

  @Test
  void componentsAndZones() {
    assertEquals(List.of("appliance", "witness"), model.ids("components"));
    List<String> privateZones = List.of("admins", "directory_servers", "dns_servers", "iscsi_initiators",
        "kerberos_servers", "key_managers", "mail_servers", "nfs_clients", "ntp_servers", "oob_management",
        "replication_peers", "smb_clients", "snmp_stations", "syslog_servers");
    List<String> all = new java.util.ArrayList<>(privateZones);
    all.add("call_home");
    assertEquals(all.stream().sorted().toList(), model.ids("zones"));
    for (String zone : privateZones) {
      // a site's own servers and clients: no safe default, nothing opens until configured
      assertEquals("public=false localSubnet=false ipv4=[] ipv6=[]", model.zone(zone), zone);
    }
    // the call-home destination is named by the vendor (https://myracktop.com), its addresses are not:
    // the host name, never the whole internet by default
    assertEquals("public=true localSubnet=false ipv4=[] ipv6=[] names=[myracktop.com]", model.zone("call_home"));
    assertEquals(List.of(), model.features());
  }

  @Test
  void noHostPrerequisites() {
    assertFalse(model.outgoingRequired());
    assertFalse(model.forwardingRequired());
    assertEquals(List.of(), model.sysctls());
  }

  /** The instance sentences of the document are carried, including "The same logic is used for confd". */
  @Test
  void instanceSentencesAreNotes() {
    List<String> notes = model.notes();
    assertEquals(3, notes.size(), notes.toString());
    assertTrue(notes.get(0).contains("Port 4746 for hiavd relates to the first instance of hiavd"), notes.get(0));
    assertTrue(notes.get(0).contains("4745+N"), notes.get(0));
    assertTrue(notes.get(1).startsWith("The same logic is used for confd"), notes.get(1));
  }

  /**
   * "22 SSH TCP bidirectional Receive Management and Replication data": SSH is for administrators
   * and replication peers only, so the page says to restrict the role's own SSH rule.
   */
  @Test
  void sshIsForAdministratorsAndReplicationPeersOnly() {
    List<String> sshPeers = model.flows().stream().filter(f -> f.ports().equals("22") && f.service().equals("SSH"))
        .map(FlowRow::peer).sorted().toList();
    assertEquals(List.of("zone:admins", "zone:replication_peers"), sshPeers);
    String note = model.notes().get(2);
    assertTrue(note.contains("Receive Management and Replication data") && note.contains("administrators"), note);
    assertTrue(note.contains("SSH sources variable"), note);
  }
}
