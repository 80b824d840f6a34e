package dev.portcullis.products;

import dev.portcullis.annotations.Component;
import dev.portcullis.annotations.Direction;
import dev.portcullis.annotations.Flow;
import dev.portcullis.annotations.Instances;
import dev.portcullis.annotations.Note;
import dev.portcullis.annotations.Product;
import dev.portcullis.annotations.Protocol;
import dev.portcullis.annotations.Zone;

/**
 * BrickStor SP, from the vendor's "Open Network Port Requirements" (seeds/brickstor-sp-ports.txt):
 * Table 1 (26 rows), ICMP echo between all HA nodes, and the hiavd/confd instance numbering.
 *
 * <p>Modelling choices:
 * <ul>
 *   <li><b>Components.</b> {@code appliance} is a BrickStor SP node (an HA cluster has two);
 *       {@code witness} is the HA witness. "Between HA nodes" means appliance to appliance (the
 *       component as its own peer) and, where the document says the witness takes part, appliance
 *       to witness: such rows are declared with {@code component = {"appliance", "witness"}} and
 *       {@code peerComponent = "appliance"}, which gives the full mesh without a witness-to-witness
 *       rule (there is one witness).</li>
 *   <li><b>Zones.</b> Every other peer is a zone named after whom the vendor's purpose column
 *       addresses (mail, DNS, NTP, directory, Kerberos, KMIP, syslog and SNMP servers, NFS / SMB /
 *       iSCSI clients, replication peers, administrators, out-of-band management). None of them has
 *       a safe default, so none has default CIDRs: a site must name its own servers and clients,
 *       and a zone left empty opens nothing. The only exception is {@code call_home}, the
 *       destination of "Call Home for Software Updates (https://myracktop.com)": the document names
 *       the host, not its addresses, so the zone is the host name {@code myracktop.com} and has no
 *       default CIDRs. A target that matches host names (Cilium's {@code toFQDNs}) allows outbound
 *       HTTPS to that name only; the others open nothing for it until the site gives the
 *       addresses (it stays {@code isPublic}, so a site may still choose the whole internet).</li>
 *   <li><b>Port 443 three times.</b> The three 443 rows differ in direction and peer, so all three
 *       are kept: outbound to {@code call_home}, inbound from {@code oob_management} (RMM/iLO), and
 *       hiavd outbound from an appliance to a Windows {@code witness}.</li>
 *   <li><b>SSH (22, bidirectional).</b> "Receive Management and Replication data" names two
 *       audiences, so the row is two flows on the constant {@link #SSH}: {@code ssh_management}
 *       (administrators, inbound: management is received) and {@code ssh_replication}
 *       (replication peers, bidirectional as the row says). The "TCP Replication" row (22, 8444,
 *       8544 outbound) repeats port 22 towards the same peers; the repetition is the vendor's, so
 *       the duplicate warning is suppressed on {@link #SSH} rather than dropping a row.</li>
 *   <li><b>SSH is for admins.</b> The document opens 22 only to "Receive Management and
 *       Replication data": administrators and replication peers, never everyone. The generated
 *       Ansible role keeps an SSH rule of its own so it cannot lock itself out; for BrickStor SP
 *       its sources should be the administrators' networks (the role's SSH sources variable),
 *       not the whole internet. Said in a {@link Note} so the docs page and the role's README
 *       carry it.</li>
 *   <li><b>hiavd 4746 and 4745+N.</b> "Port 4746 for hiavd relates to the first instance" and "the
 *       Nth instance of hiavd will be at port 4745+N": the flow uses
 *       {@code @Instances(base = 4745, variable = "hiavd_instances")}, so one instance opens 4746
 *       and a witness serving a second cluster sets the count to 2 to open 4746-4747.</li>
 *   <li><b>"The same logic is used for confd."</b> confd has two ports (2379 and 2380), and the
 *       document does not say which ports a second confd instance takes: 2379+N and 2380+N would
 *       collide (instance 2's first port is instance 1's second), so any choice would be a guess
 *       that opens ports the vendor never names. confd therefore declares its two documented ports
 *       and the sentence is carried as a {@link Note} for the operator of a multi-cluster witness.
 *       Since that sentence puts confd instances on the witness, confd is open on both components
 *       for the appliances, and on the appliances for the witness.</li>
 *   <li><b>ICMP.</b> "ICMP echo (Ping) is required between all HA nodes, including the Witness":
 *       echo request (type 8, any code) both ways between appliances and between appliance and
 *       witness; replies are return traffic of a stateful firewall.</li>
 *   <li><b>Other HA rows.</b> keymgrd (key replication/sync), bsrlicensed (HA license check) and
 *       RMCP (HA Power/IPMI access: one node power-cycles its partner) are between appliances; the
 *       document ties only hiavd, confd and ping to the witness.</li>
 * </ul>
 *
 * <p>Service and purpose texts are the vendor's "Description/Service" and "This port is open
 * to/Purpose" columns.
 */
@Product(
    id = "brickstor_sp",
    title = "BrickStor SP",
    docs = "https://www.myracktop.com/docs/bsr-sp/23-6/security-guide/ne-network-ports.html",
    description = "RackTop BrickStor SP storage appliances, optionally paired in a high-availability"
        + " cluster with a witness.")
@Component(id = "appliance", description = "A BrickStor SP storage node (an HA node)")
@Component(id = "witness", description = "The HA witness of a BrickStor SP cluster (an HA node too)")
@Zone(id = "admins", description = "Administrators: BrickStor SP Manager users and SSH management")
@Zone(id = "oob_management", description = "RMM / iLO out-of-band management stations")
@Zone(id = "replication_peers", description = "Other BrickStor SP systems that send or receive replication")
@Zone(id = "nfs_clients", description = "NFS clients")
@Zone(id = "smb_clients", description = "SMB/CIFS clients")
@Zone(id = "iscsi_initiators", description = "iSCSI clients/initiators")
@Zone(id = "mail_servers", description = "Mail servers that relay notification emails")
@Zone(id = "dns_servers", description = "Domain name servers")
@Zone(id = "ntp_servers", description = "Time servers")
@Zone(id = "kerberos_servers", description = "Kerberos servers (KDCs) used for authentication")
@Zone(id = "directory_servers", description = "Directory service (LDAP) servers")
@Zone(id = "key_managers", description = "Key management (KMIP) servers")
@Zone(id = "syslog_servers", description = "Remote syslog servers")
@Zone(id = "snmp_stations", description = "SNMP monitoring stations, which also receive traps")
@Zone(
    id = "call_home",
    description = "Call-home destination for software updates (https://myracktop.com); the vendor names the"
        + " host, not its addresses",
    isPublic = true,
    names = "myracktop.com")
@Flow(id = "replication_send", service = "TCP Replication", purpose = "Send Replication",
    component = "appliance", peerZone = "replication_peers", direction = Direction.OUTBOUND,
    ports = {22, 8444, 8544})
@Flow(id = "mail", service = "mail", purpose = "send notification emails", component = "appliance",
    peerZone = "mail_servers", direction = Direction.OUTBOUND, ports = {25, 587})
@Flow(id = "smb", service = "SMB", purpose = "SMB/CIFS client access", component = "appliance",
    peerZone = "smb_clients", protocol = Protocol.TCP_UDP, ports = {139, 445})
@Flow(id = "ldap", service = "LDAP", purpose = "Access to directory service servers", component = "appliance",
    peerZone = "directory_servers", direction = Direction.OUTBOUND, protocol = Protocol.TCP_UDP, ports = {389, 636})
@Flow(id = "confd", service = "confd", purpose = "Configuration database", component = {"appliance", "witness"},
    peerComponent = "appliance", ports = {2379, 2380})
@Flow(id = "confd_from_witness", service = "confd", purpose = "Configuration database", component = "appliance",
    peerComponent = "witness", ports = {2379, 2380})
@Flow(id = "iscsi", service = "iSCSI", purpose = "iSCSI client/initiator access", component = "appliance",
    peerZone = "iscsi_initiators", ports = {3205, 3260})
@Flow(id = "hiavd_ha", service = "hiavd", purpose = "High Availability (between HA nodes)",
    component = {"appliance", "witness"}, peerComponent = "appliance", direction = Direction.BIDIRECTIONAL,
    instances = @Instances(base = 4745, variable = "hiavd_instances"))
@Flow(id = "kmip", service = "KMIP", purpose = "Access to key management server", component = "appliance",
    peerZone = "key_managers", direction = Direction.OUTBOUND, ports = {5696, 8445})
@Flow(id = "influxdb", service = "influxdb", purpose = "Used for BrickStor SP Manager (charts)",
    component = "appliance", peerZone = "admins", ports = {8086, 8088})
@Flow(id = "bsrapid", service = "bsrapid", purpose = "Used for BrickStor SP Manager (http/https)",
    component = "appliance", peerZone = "admins", ports = {80, 443, 8443})
@Flow(id = "ping_ha", service = "ICMP echo (Ping)", purpose = "Required between all HA nodes, including the Witness",
    component = {"appliance", "witness"}, peerComponent = "appliance", direction = Direction.BIDIRECTIONAL,
    protocol = Protocol.ICMP, icmpType = 8)
@Note("Port 4746 for hiavd relates to the first instance of hiavd. If there is a second instance of hiavd"
    + " running on a witness, then you need to unlock port 4747. The Nth instance of hiavd will be at port"
    + " 4745+N (set hiavd_instances to N).")
@Note("The same logic is used for confd: the document gives only the first instance's ports (2379, 2380)."
    + " A witness that runs a second confd instance needs that instance's ports opened by hand.")
@Note("SSH (22) is only for management and replication (\"Receive Management and Replication data\"): restrict"
    + " the Ansible role's own SSH rule to the administrators' networks with its SSH sources variable instead of"
    + " leaving it open to everyone.")
// Zones without defaults are deliberate (see above): nothing opens until the site names its peers.
@SuppressWarnings("portcullis:zone-no-defaults")
public final class BrickStorSp {
  private BrickStorSp() {}

  @SuppressWarnings("portcullis:flow-duplicate") // the vendor lists 22 both as SSH and as TCP Replication
  @Flow(id = "ssh_management", service = "SSH", purpose = "Receive Management and Replication data",
      component = "appliance", peerZone = "admins")
  @Flow(id = "ssh_replication", service = "SSH", purpose = "Receive Management and Replication data",
      component = "appliance", peerZone = "replication_peers", direction = Direction.BIDIRECTIONAL)
  public static final int SSH = 22;

  @Flow(id = "dns", service = "DNS", purpose = "Domain name Service", component = "appliance",
      peerZone = "dns_servers", direction = Direction.BIDIRECTIONAL, protocol = Protocol.UDP)
  public static final int DNS = 53;

  @Flow(id = "kerberos", service = "Kerberos", purpose = "Authentication", component = "appliance",
      peerZone = "kerberos_servers", direction = Direction.OUTBOUND, protocol = Protocol.UDP)
  public static final int KERBEROS = 88;

  @Flow(id = "nfs_rpc", service = "NFS/rpc", purpose = "NFS client access", component = "appliance",
      peerZone = "nfs_clients", direction = Direction.BIDIRECTIONAL, protocol = Protocol.TCP_UDP)
  public static final int NFS_RPC = 111;

  @Flow(id = "ntp", service = "NTP", purpose = "Time synchronization", component = "appliance",
      peerZone = "ntp_servers", direction = Direction.BIDIRECTIONAL, protocol = Protocol.UDP)
  public static final int NTP = 123;

  @Flow(id = "snmp", service = "SNMP", purpose = "Monitoring with SNMP", component = "appliance",
      peerZone = "snmp_stations", direction = Direction.BIDIRECTIONAL, protocol = Protocol.UDP)
  public static final int SNMP = 161;

  @Flow(id = "snmp_traps", service = "SNMP traps", purpose = "Sending alerts to SNMP stations",
      component = "appliance", peerZone = "snmp_stations", direction = Direction.OUTBOUND, protocol = Protocol.UDP)
  public static final int SNMP_TRAPS = 162;

  @Flow(id = "https_call_home", service = "HTTPS", purpose = "Call Home for Software Updates (https://myracktop.com)",
      component = "appliance", peerZone = "call_home", direction = Direction.OUTBOUND)
  public static final int CALL_HOME = 443;

  @Flow(id = "https_oob_management", service = "HTTPS", purpose = "RMM/iLO Out of Band Management",
      component = "appliance", peerZone = "oob_management")
  public static final int OOB_MANAGEMENT = 443;

  @Flow(id = "hiavd_windows_witness", service = "hiavd", purpose = "High Availability Windows Witness",
      component = "appliance", peerComponent = "witness", direction = Direction.OUTBOUND)
  public static final int HIAVD_WINDOWS_WITNESS = 443;

  @Flow(id = "syslog", service = "syslog", purpose = "Logging", component = "appliance",
      peerZone = "syslog_servers", direction = Direction.OUTBOUND, protocol = Protocol.TCP_UDP)
  public static final int SYSLOG = 514;

  @Flow(id = "rmcp", service = "RMCP", purpose = "HA Power/IPMI access", component = "appliance",
      peerComponent = "appliance", protocol = Protocol.TCP_UDP)
  public static final int RMCP = 623;

  @Flow(id = "nfs_portmap", service = "NFS/portmap", purpose = "NFS client access", component = "appliance",
      peerZone = "nfs_clients", protocol = Protocol.TCP_UDP)
  public static final int NFS_PORTMAP = 2049;

  @Flow(id = "nfs_lockmgr", service = "NFS/lockmgr", purpose = "NFS client access", component = "appliance",
      peerZone = "nfs_clients", protocol = Protocol.TCP_UDP)
  public static final int NFS_LOCKMGR = 4045;

  @Flow(id = "keymgrd", service = "keymgrd", purpose = "Key replication/sync", component = "appliance",
      peerComponent = "appliance", direction = Direction.BIDIRECTIONAL)
  public static final int KEYMGRD = 5697;

  @Flow(id = "bsrlicensed", service = "bsrlicensed", purpose = "HA license check", component = "appliance",
      peerComponent = "appliance", direction = Direction.BIDIRECTIONAL)
  public static final int BSRLICENSED = 5699;
}
