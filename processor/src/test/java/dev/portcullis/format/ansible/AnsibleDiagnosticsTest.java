package dev.portcullis.format.ansible;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.portcullis.diagnostics.Message;
import dev.portcullis.processor.testing.Javac;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What the Ansible target reports on the definition, each on its element. */
class AnsibleDiagnosticsTest {
  private JavaFileObject source;

  private Compilation compile(String body) {
    source = Javac.source("d.Demo", """
            package d;
            import dev.portcullis.annotations.*;
            @Product(id = "demo", title = "Demo")
            @Component(id = "node", description = "Node")
            @Zone(id = "admins", description = "Admins")
            """ + body + "\npublic final class Demo {}\n");
    return Javac.compile(List.of("-Aportcullis.targets=ansible", "-Aportcullis.descriptors=false"), source);
  }

  @Test
  void aVariableNamedLikeARoleVariableIsAnErrorOnItsAttribute() {
    Compilation c = compile("""
        @Flow(id = "ssh", service = "SSH", component = "node", peerComponent = "node", ports = 22,
            portVariable = "ssh_port")""");
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[portcullis:" + Message.ANSIBLE_NAME_CLASH.id() + "]");
    assertThat(c).hadErrorContaining("demo_firewall_ssh_port").inFile(source).onLineContaining("portVariable");
    assertNoInternalError(c);
  }

  @Test
  void aProtocolVariableNamedLikeTheSshSourcesIsAnErrorOnItsAttribute() {
    Compilation c = compile("""
        @Flow(id = "vpn", service = "VPN", component = "node", peerZone = "admins", ports = 1194,
            protocol = Protocol.UDP,
            protocolVariable = "ssh_sources_ipv4")""");
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[portcullis:ansible-name-clash] the Ansible role would name two variables"
        + " demo_firewall_ssh_sources_ipv4").inFile(source).onLineContaining("protocolVariable");
    assertNoInternalError(c);
  }

  @Test
  void aPortVariableNamedLikeAZoneVariableIsAnErrorOnItsAttribute() {
    Compilation c = compile("""
        @Flow(id = "ui", service = "UI", component = "node", peerZone = "admins", ports = 443,
            portVariable = "zone_admins_ipv6")""");
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("demo_firewall_zone_admins_ipv6").inFile(source)
        .onLineContaining("portVariable");
    assertNoInternalError(c);
  }

  @Test
  void aPortVariableNamedTagsIsNoInternalError() {
    Compilation c = compile("""
        @Flow(id = "ui", service = "UI", component = "node", peerComponent = "node", ports = 443,
            portVariable = "tags")""");
    assertNoInternalError(c);
    // the role has no variable of that name; the Terraform module has one, and every target checks
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[portcullis:terraform-name-clash]").inFile(source)
        .onLineContaining("portVariable");
    assertThat(c).hadErrorCount(1);
  }

  private static void assertNoInternalError(Compilation c) {
    org.junit.jupiter.api.Assertions.assertTrue(c.diagnostics().stream()
        .noneMatch(d -> d.getMessage(null).contains("portcullis:internal")), () -> c.diagnostics().toString());
  }

  @Test
  void aZoneWithoutDefaultsIsReportedOnTheZone() {
    Compilation c = compile("""
        @Flow(id = "ui", service = "UI", component = "node", peerZone = "admins", ports = 443)""");
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[portcullis:zone-no-defaults] zone 'admins' has no default CIDRs, so the"
        + " Ansible role opens nothing for it").inFile(source).onLineContaining("@Zone");
  }

  @Test
  void sctpAndEveryIcmpFlowAreReportedForUfw() {
    Compilation c = compile("""
        @Flow(id = "sig", service = "Signalling", component = "node", peerComponent = "node",
            protocol = Protocol.SCTP, ports = 3868)
        @Flow(id = "redirect", service = "Redirect", component = "node", peerComponent = "node",
            protocol = Protocol.ICMP, icmpType = 5)
        @Flow(id = "ping", service = "Ping", component = "node", peerComponent = "node",
            protocol = Protocol.ICMP, icmpType = 8)""");
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[portcullis:" + Message.UFW_UNSUPPORTED.id() + "] flow 'sig' is SCTP")
        .inFile(source).onLineContaining("id = \"sig\"");
    assertThat(c).hadWarningContaining("[portcullis:ufw-unsupported] flow 'redirect' is ICMP type 5, which ufw"
        + " rules cannot express: ufw's before.rules govern ICMP and the ufw backend opens nothing for it")
        .inFile(source).onLineContaining("id = \"redirect\"");
    assertThat(c).hadWarningContaining("[portcullis:ufw-unsupported] flow 'ping' is ICMP type 8, which ufw rules"
        + " cannot express: ufw's before.rules accept it from every source, not only from its peer")
        .inFile(source).onLineContaining("id = \"ping\"");
    // firewalld's zones accept ICMP from every source: each inbound ICMP flow is wider there
    for (String flow : new String[] {"redirect", "ping"}) {
      assertThat(c).hadWarningContaining("[portcullis:" + Message.FIREWALLD_ICMP_WIDENED.id() + "] flow '" + flow
          + "' is ICMP type").inFile(source).onLineContaining("id = \"" + flow + "\"");
    }
    assertThat(c).hadWarningContaining("which the firewalld backend opens wider than its peer: firewalld's zones"
        + " accept ICMP from every source unless they set icmp-block-inversion");
    assertThat(c).hadWarningCount(5);
  }

  @Test
  void theWitnessFlowsOfBothEndsAreOneWarningPerFlow() {
    Compilation c = compile("""
        @Component(id = "witness", description = "Witness")
        @Flow(id = "ping_ha", service = "Ping", component = "witness", peerComponent = "node",
            protocol = Protocol.ICMP, icmpType = 8, direction = Direction.BIDIRECTIONAL)""");
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("flow 'ping_ha' is ICMP type 8").inFile(source)
        .onLineContaining("id = \"ping_ha\"");
    assertThat(c).hadWarningCount(2); // one for ufw, one for firewalld
  }
}
