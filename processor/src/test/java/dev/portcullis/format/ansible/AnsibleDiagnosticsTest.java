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
  void aVariableNamedLikeARoleVariableIsAnError() {
    Compilation c = compile("""
        @Flow(id = "ssh", service = "SSH", component = "node", peerComponent = "node", ports = 22,
            portVariable = "ssh_port")""");
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[portcullis:" + Message.ANSIBLE_NAME_CLASH.id() + "]");
    assertThat(c).hadErrorContaining("demo_firewall_ssh_port");
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
  void sctpAndIcmpBeyondBeforeRulesAreReportedForUfw() {
    Compilation c = compile("""
        @Flow(id = "sig", service = "Signalling", component = "node", peerComponent = "node",
            protocol = Protocol.SCTP, ports = 3868)
        @Flow(id = "redirect", service = "Redirect", component = "node", peerComponent = "node",
            protocol = Protocol.ICMP, icmpType = 5)
        @Flow(id = "ping", service = "Ping", component = "node", peerComponent = "node",
            protocol = Protocol.ICMP, icmpType = 8)""");
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[portcullis:" + Message.UFW_UNSUPPORTED.id() + "] flow 'sig' is SCTP");
    assertThat(c).hadWarningContaining("[portcullis:ufw-unsupported] flow 'redirect' is ICMP type 5");
    assertThat(c).hadWarningCount(2);
  }
}
