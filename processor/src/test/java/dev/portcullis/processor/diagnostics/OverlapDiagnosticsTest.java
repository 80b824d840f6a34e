package dev.portcullis.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.portcullis.processor.diagnostics.Defs.def;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.portcullis.diagnostics.Message;
import dev.portcullis.processor.testing.Javac;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Two flows of one component on the same port: a conflict (error) or a duplicate (warning). */
class OverlapDiagnosticsTest {
  @Test
  void conflictingFlowsAreAnErrorOnTheLaterFlow() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Feature(id = "metrics")
        @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80)
        @Flow(service = "Metrics", component = "node", peerComponent = "node", ranges = @Range(from = 79, to = 81),
            feature = "metrics",
            id = "web_metrics")
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.FLOW_CONFLICT.format("web_metrics", "tcp", "port 80", "web", "node",
        "one is gated by feature none and the other by 'metrics'")).inFile(src).onLineContaining("id = \"web_metrics\"");
    assertEquals(1, c.errors().size(), Javac.describe(c));
  }

  @Test
  void aConfigurablePortAgainstAFixedOneIsAConflict() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "a", service = "A", component = "node", peerComponent = "node", ports = 9000, protocol = Protocol.TCP_UDP)
        @Flow(id = "b", service = "B", component = "node", peerComponent = "node", ports = 9000, protocol = Protocol.UDP,
            portVariable = "b_port") // here
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.FLOW_CONFLICT.format("b", "udp", "port 9000", "a", "node",
        "only one of them makes the port or protocol configurable")).inFile(src).onLineContaining("@Flow(id = \"b\"");
  }

  @Test
  void duplicateFlowsAreAWarningAndStillGenerate() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "a", service = "A", component = "node", peerComponent = "node", ports = {80, 81})
        @Flow(service = "B", component = "node", peerComponent = "node", ports = 81, direction = Direction.BIDIRECTIONAL,
            id = "b")
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining(Message.FLOW_DUPLICATE.format("b", "tcp", "port 81", "a", "node"))
        .inFile(src).onLineContaining("id = \"b\"");
    assertEquals(1, c.warnings().size(), Javac.describe(c));
    org.junit.jupiter.api.Assertions.assertTrue(Javac.outputs(c).containsKey("model/demo.json"));
  }

  @Test
  void flowsInOppositeDirectionsOrToOtherPeersDoNotOverlap() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Component(id = "agent")
        @Flow(id = "a", service = "A", component = "node", peerComponent = "node", ports = 80)
        @Flow(id = "b", service = "B", component = "node", peerComponent = "node", ports = 80, direction = Direction.OUTBOUND)
        @Flow(id = "c", service = "C", component = "node", peerComponent = "agent", ports = 80)
        @Flow(id = "d", service = "D", component = "agent", peerComponent = "node", ports = 80, protocol = Protocol.UDP)
        public class Demo {}
        """);
    assertThat(Javac.compile(src)).succeededWithoutWarnings();
  }

  @Test
  void suppressWarningsOnTheClassSilencesTheDuplicate() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "a", service = "A", component = "node", peerComponent = "node", ports = 80)
        @Flow(id = "b", service = "B", component = "node", peerComponent = "node", ports = 80)
        @SuppressWarnings("portcullis:flow-duplicate")
        public class Demo {}
        """);
    assertThat(Javac.compile(src)).succeededWithoutWarnings();
  }

  @Test
  void suppressWarningsOnTheConstantSilencesTheDuplicate() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "a", service = "A", component = "node", peerComponent = "node", ports = 80)
        public class Demo {
          @SuppressWarnings("portcullis:flow-duplicate")
          @Flow(id = "b", service = "B", component = "node", peerComponent = "node")
          public static final int B = 80;
        }
        """);
    assertThat(Javac.compile(src)).succeededWithoutWarnings();
  }

  @Test
  void suppressingAnotherIdDoesNotSilenceTheDuplicate() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "a", service = "A", component = "node", peerComponent = "node", ports = 80)
        @Flow(id = "b", service = "B", component = "node", peerComponent = "node", ports = 80) // here
        @SuppressWarnings("portcullis:k8s-icmp")
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadWarningContaining(Message.FLOW_DUPLICATE.format("b", "tcp", "port 80", "a", "node"))
        .inFile(src).onLineContaining("// here");
  }

  @Test
  void duplicateIcmpFlowsOverlapOnTheirType() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "a", service = "Ping", component = "node", peerComponent = "node", protocol = Protocol.ICMP)
        @Flow(id = "b", service = "Echo", component = "node", peerComponent = "node", protocol = Protocol.ICMP, icmpType = 8) // here
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadWarningContaining(Message.FLOW_DUPLICATE.format("b", "icmp", "type 8", "a", "node"))
        .inFile(src).onLineContaining("// here");
  }
}
