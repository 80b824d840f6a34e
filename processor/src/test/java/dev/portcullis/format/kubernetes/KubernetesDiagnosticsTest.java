package dev.portcullis.format.kubernetes;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.portcullis.processor.testing.Javac;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The Kubernetes warnings and errors land on the element they are about, and can be silenced there. */
class KubernetesDiagnosticsTest {
  private static final List<String> OPTIONS = List.of("-Aportcullis.targets=kubernetes", "-Aportcullis.descriptors=false");

  private static JavaFileObject lab(String suppress) {
    return Javac.source("lab.Lab", """
        package lab;

        import dev.portcullis.annotations.*;

        @Product(id = "lab", title = "Lab")
        @Component(id = "node")
        @Zone(id = "agents", description = "no addresses")
        @Zone(id = "admins", ipv4 = "10.0.0.0/8")
        @Sysctl(key = "net.ipv4.ip_forward", value = "1")
        @AllowForwarding(reason = "routes")
        @Flow(id = "push", service = "Push", component = "node", peerZone = "agents", ports = 9000)
        @Flow(id = "ping", service = "Ping", component = "node", peerZone = "admins", protocol = Protocol.ICMP)
        %s
        public class Lab {
          @Flow(id = "api", service = "API", component = "node", peerComponent = "node")
          public static final int API = 8080;
        }
        """.formatted(suppress));
  }

  @Test
  void eachWarningIsOnItsElement() {
    JavaFileObject src = lab("");
    Compilation c = Javac.compile(OPTIONS, src);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[portcullis:zone-no-defaults] zone 'agents' has no default CIDRs, so the Kubernetes target opens nothing")
        .inFile(src).onLineContaining("@Zone(id = \"agents\"");
    assertThat(c).hadWarningContaining("[portcullis:k8s-icmp] flow 'ping' is ICMP")
        .inFile(src).onLineContaining("id = \"ping\"");
    assertThat(c).hadWarningContaining("[portcullis:k8s-prerequisite] host prerequisite 'sysctl net.ipv4.ip_forward=1'")
        .inFile(src).onLineContaining("@Sysctl");
    assertThat(c).hadWarningContaining("[portcullis:k8s-prerequisite] host prerequisite 'packet forwarding'")
        .inFile(src).onLineContaining("@AllowForwarding");
    assertEquals(4, portcullisWarnings(c), Javac.describe(c));
  }

  @Test
  void eachWarningCanBeSuppressed() {
    Compilation c = Javac.compile(OPTIONS,
        lab("@SuppressWarnings({\"portcullis:zone-no-defaults\", \"portcullis:k8s-icmp\", \"portcullis:k8s-prerequisite\"})"));
    assertThat(c).succeeded();
    assertEquals(0, portcullisWarnings(c), Javac.describe(c));
    assertTrue(Javac.outputs(c).containsKey("kubernetes/lab/node.yaml"), "suppressing keeps the output");
  }

  @Test
  void aBadNamespaceSelectorFailsTheProductOnItsZone() {
    JavaFileObject src = Javac.source("lab.Bad", """
        package lab;

        import dev.portcullis.annotations.*;

        @Product(id = "bad", title = "Bad")
        @Component(id = "node")
        @Zone(id = "monitoring",
            namespaceSelector = "team")
        @Flow(id = "scrape", service = "Scrape", component = "node", peerZone = "monitoring", ports = 9100)
        public class Bad {}
        """);
    Compilation c = Javac.compile(OPTIONS, src);
    assertThat(c).hadErrorContaining("[portcullis:k8s-namespace-selector] zone 'monitoring': namespaceSelector entry 'team'")
        .inFile(src).onLineContaining("namespaceSelector = \"team\"");
    assertThat(c).failed();
    assertEquals(1, c.errors().size(), Javac.describe(c));
  }

  private static long portcullisWarnings(Compilation c) {
    return c.warnings().stream().filter(d -> d.getMessage(Locale.ROOT).contains("[portcullis:")).count();
  }

  @Test
  void badPodLabelsAreErrorsOnTheirAttribute() {
    JavaFileObject src = Javac.source("lab.Labels", """
        package lab;

        import dev.portcullis.annotations.*;

        @Product(id = "labels", title = "Labels",
            podLabels = {"app.kubernetes.io/name=vendor", "bad key=x"})
        @Component(id = "node",
            podLabels = "app=-node-")
        @Component(id = "web", podLabels = "app.kubernetes.io/name=web")
        @Flow(id = "api", service = "API", component = "node", peerComponent = "web", ports = 80)
        public class Labels {}
        """);
    Compilation c = Javac.compile(OPTIONS, src);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining(dev.portcullis.diagnostics.Message.K8S_POD_LABELS.format("product 'labels'",
        "bad key=x", "'bad key' is not a label key ([prefix/]name)")).inFile(src).onLineContaining("bad key");
    assertThat(c).hadErrorContaining(dev.portcullis.diagnostics.Message.K8S_POD_LABELS.format("component 'node'",
        "app=-node-", "'-node-' is not a label value (at most 63 of A-Z a-z 0-9 - _ . starting and ending"
            + " alphanumeric)")).inFile(src).onLineContaining("app=-node-");
    assertThat(c).hadErrorContaining("label key 'app.kubernetes.io/name' is already matched by the product's pod labels")
        .inFile(src).onLineContaining("@Component(id = \"web\"");
  }

  @Test
  void podLabelsOfTheDefinitionSelectThePods() {
    JavaFileObject src = Javac.source("lab.Chart", """
        package lab;

        import dev.portcullis.annotations.*;

        @Product(id = "chart", title = "Chart", podLabels = "app.kubernetes.io/name=vendor")
        @Component(id = "node", podLabels = "app.kubernetes.io/component=server")
        @Component(id = "agent")
        @Flow(id = "api", service = "API", component = "node", peerComponent = "agent", ports = 80)
        public class Chart {}
        """);
    Compilation c = Javac.compile(OPTIONS, src);
    assertThat(c).succeeded();
    String node = new String(Javac.outputs(c).get("kubernetes/chart/node.yaml"), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(node.contains("""
          podSelector:
            matchLabels:
              "app.kubernetes.io/name": "vendor"
              "app.kubernetes.io/component": "server"
        """), node);
    assertTrue(node.contains("\"app.kubernetes.io/name\": \"vendor\"\n              \"app.kubernetes.io/component\": \"agent\"\n"),
        "the peer component keeps the default component label: " + node);
  }
}
