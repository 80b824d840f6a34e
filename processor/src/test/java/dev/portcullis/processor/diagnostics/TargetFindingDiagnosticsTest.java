package dev.portcullis.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.portcullis.processor.diagnostics.Defs.def;

import com.google.testing.compile.Compilation;
import dev.portcullis.diagnostics.Message;
import dev.portcullis.processor.testing.Javac;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Warnings of the registered targets, through the real processor, on the line they are about. */
class TargetFindingDiagnosticsTest {
  @Test
  void terraformWarnsOnAZoneWithoutDefaults() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Zone(id = "lan", ipv4 = "10.0.0.0/8")
        @Zone(id = "office", description = "filled in per site") // office
        @Flow(id = "web", service = "HTTP", component = "node", peerZone = "office", ports = 80)
        public class Demo {}
        """);
    Compilation c = Javac.compile(List.of("-Aportcullis.targets=terraform"), src);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[portcullis:zone-no-defaults] zone 'office' has no default CIDRs, so the Terraform module")
        .inFile(src).onLineContaining("// office");
  }

  @Test
  void terraformWarnsThatSctpCannotBeLimitedToPorts() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80)
        public class Demo {
          @Flow(id = "signalling", service = "SIGTRAN", component = "node", peerComponent = "node",
              protocol = Protocol.SCTP) // here
          public static final int SIGNALLING = 2905;
        }
        """);
    Compilation c = Javac.compile(List.of("-Aportcullis.targets=terraform"), src);
    assertThat(c).hadWarningContaining(Message.AWS_SCTP_PORTS.format("signalling"))
        .inFile(src).onLineContaining("@Flow(id = \"signalling\"");
  }

  @Test
  void kubernetesRejectsANamespaceSelectorThatIsNotALabel() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Zone(id = "monitoring",
            namespaceSelector = "team monitoring") // here
        @Flow(id = "metrics", service = "Metrics", component = "node", peerZone = "monitoring", ports = 9100)
        public class Demo {}
        """);
    Compilation c = Javac.compile(List.of("-Aportcullis.targets=kubernetes"), src);
    assertThat(c).hadErrorContaining(Message.K8S_NAMESPACE_SELECTOR.format("monitoring", "team monitoring",
        "expected key=value")).inFile(src).onLineContaining("// here");
  }

  @Test
  void kubernetesRejectsTwoPoliciesWithOneName() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo") // here
        @Component(id = "web")
        @Component(id = "web_api")
        @Feature(id = "api")
        @Flow(id = "a", service = "A", component = "web", peerComponent = "web", ports = 80, feature = "api")
        @Flow(id = "b", service = "B", component = "web_api", peerComponent = "web_api", ports = 81)
        public class Demo {}
        """);
    Compilation c = Javac.compile(List.of("-Aportcullis.targets=kubernetes"), src);
    assertThat(c).hadErrorContaining(Message.K8S_NAME_CLASH.format("demo", "demo-web-api"))
        .inFile(src).onLineContaining("// here");
  }
}
