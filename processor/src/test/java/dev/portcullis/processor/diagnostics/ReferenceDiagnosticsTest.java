package dev.portcullis.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.portcullis.processor.diagnostics.Defs.def;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.portcullis.diagnostics.Message;
import dev.portcullis.processor.validate.Ids;
import dev.portcullis.processor.testing.DiskJavac;
import dev.portcullis.processor.testing.Javac;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** References between parts of a definition, and ids: each message with its text and its line. */
class ReferenceDiagnosticsTest {
  @Test
  void undeclaredComponentLandsOnTheNameWithADidYouMeanHint() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Component(id = "agent")
        @Flow(id = "web", service = "HTTP", peerComponent = "node", ports = 80,
            component = {"node",
                "nod"})
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.UNKNOWN_COMPONENT.format("nod", "; did you mean 'node'?"))
        .inFile(src).onLineContaining("\"nod\"})");
    assertEquals(1, c.errors().size(), Javac.describe(c));
  }

  @Test
  void undeclaredPeerComponentLandsOnThePeer() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Component(id = "agent")
        @Flow(id = "web", service = "HTTP", component = "node", ports = 80,
            peerComponent = "agnet")
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.UNKNOWN_COMPONENT.format("agnet", "; did you mean 'agent'?"))
        .inFile(src).onLineContaining("agnet");
  }

  @Test
  void emptyComponentListLandsOnTheEmptyList() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "web", service = "HTTP", peerComponent = "node", ports = 80,
            component = {})
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.UNKNOWN_COMPONENT.format("", " (component is empty)"))
        .inFile(src).onLineContaining("component = {}");
  }

  @Test
  void undeclaredZoneLandsOnThePeerZoneWithAHint() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Zone(id = "clients", ipv4 = "10.0.0.0/8")
        @Flow(id = "web", service = "HTTP", component = "node", ports = 80,
            peerZone = "client")
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.UNKNOWN_ZONE.format("client", "; did you mean 'clients'?"))
        .inFile(src).onLineContaining("peerZone = \"client\"");
  }

  @Test
  void undeclaredFeatureLandsOnTheFeatureAndListsTheDeclaredOnesWhenNoneIsClose() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Feature(id = "metrics")
        @Feature(id = "backup")
        @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80,
            feature = "telemetry")
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.UNKNOWN_FEATURE.format("telemetry", "; declared: backup, metrics"))
        .inFile(src).onLineContaining("telemetry");
  }

  @Test
  void undeclaredFeatureHintsTheClosestOne() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Feature(id = "metrics")
        @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80,
            feature = "metric")
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.UNKNOWN_FEATURE.format("metric", "; did you mean 'metrics'?"))
        .inFile(src).onLineContaining("feature = \"metric\"");
  }

  @Test
  void flowWithoutPeerLandsOnItsId() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(service = "HTTP", component = "node", ports = 80,
            id = "web")
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.PEER_MISSING.format("web")).inFile(src).onLineContaining("id = \"web\"");
  }

  @Test
  void flowWithTwoPeersLandsOnThePeerZone() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Zone(id = "lan", ipv4 = "10.0.0.0/8")
        @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80,
            peerZone = "lan")
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.PEER_BOTH.format("web", "node", "lan")).inFile(src)
        .onLineContaining("peerZone = \"lan\"");
  }

  @Test
  void duplicateComponentZoneAndFeatureIdsLandOnTheSecondDeclaration() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node", description = "first")
        @Component(id = "node", description = "second")
        @Zone(id = "lan", ipv4 = "10.0.0.0/8")
        @Zone(id = "lan", ipv4 = "192.168.0.0/16")
        @Feature(id = "metrics", description = "first")
        @Feature(id = "metrics", description = "again")
        @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80)
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.DUPLICATE_ID.format("component", "node", "demo"))
        .inFile(src).onLineContaining("second");
    assertThat(c).hadErrorContaining(Message.DUPLICATE_ID.format("zone", "lan", "demo"))
        .inFile(src).onLineContaining("192.168");
    assertThat(c).hadErrorContaining(Message.DUPLICATE_ID.format("feature", "metrics", "demo"))
        .inFile(src).onLineContaining("again");
    assertEquals(3, c.errors().size(), Javac.describe(c));
  }

  @Test
  void duplicateFlowIdLandsOnTheSecondFlowEvenOnAConstant() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80)
        public class Demo {
          @Flow(service = "HTTP alt", component = "node", peerComponent = "node",
              id = "web")
          public static final int WEB_ALT = 8080;
        }
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.DUPLICATE_ID.format("flow", "web", "demo"))
        .inFile(src).onLineContaining("      id = \"web\"");
  }

  @Test
  void idsThatAreNotSnakeCaseLandOnTheId() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "Web-Server")
        @Zone(id = "2lan", ipv4 = "10.0.0.0/8")
        @Flow(id = "web__x", service = "HTTP", component = "Web-Server", peerZone = "2lan", ports = 80)
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.INVALID_ID.format("component", "Web-Server", 32, Ids.NAME_ID_REASON))
        .inFile(src).onLineContaining("@Component");
    assertThat(c).hadErrorContaining(Message.INVALID_ID.format("zone", "2lan", 32, Ids.NAME_ID_REASON))
        .inFile(src).onLineContaining("@Zone");
    assertThat(c).hadErrorContaining(Message.INVALID_ID.format("flow", "web__x", 40, Ids.FLOW_ID_REASON))
        .inFile(src).onLineContaining("@Flow");
  }

  @Test
  void anIdOf32CharactersIsValidInEveryTarget() {
    JavaFileObject src = def("Demo", """
        @Product(title = "Demo", id = "product_id_with_exactly_32_chars")
        @Component(id = "component_id_of_exactly_32_chars")
        @Feature(id = "feature_id_with_exactly_32_chars", description = "x")
        @Flow(id = "http", service = "HTTP", component = "component_id_of_exactly_32_chars",
            peerComponent = "component_id_of_exactly_32_chars", ports = 80,
            feature = "feature_id_with_exactly_32_chars")
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void idsTooLongForEveryTargetLandOnTheId() {
    JavaFileObject src = def("Demo", """
        @Product(title = "Demo",
            id = "a_product_id_with_exactly_33_chars")
        @Component(id = "node")
        @Flow(service = "HTTP", component = "node", peerComponent = "node", ports = 80,
            id = "a_flow_id_that_is_longer_than_forty_chars")
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.INVALID_ID.format("product", "a_product_id_with_exactly_33_chars", 32, Ids.NAME_ID_REASON))
        .inFile(src).onLineContaining("a_product_id_with_exactly_33_chars");
    assertThat(c).hadErrorContaining(Message.INVALID_ID.format("flow", "a_flow_id_that_is_longer_than_forty_chars", 40, Ids.FLOW_ID_REASON))
        .inFile(src).onLineContaining("a_flow_id_that_is_longer_than_forty_chars");
  }

  @Test
  void invalidInstanceVariableNameLandsOnTheVariable() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "av", service = "AV", component = "node", peerComponent = "node",
            instances = @Instances(base = 4745,
                variable = "AV-Count"))
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.INVALID_ID.format("variable", "AV-Count", 40, Ids.FLOW_ID_REASON))
        .inFile(src).onLineContaining("AV-Count");
  }

  @Test
  void twoProductsWithOneIdFailTheSecondAndKeepTheFirst(@TempDir Path work) {
    JavaFileObject first = def("Alpha", ALPHA);
    JavaFileObject second = def("Beta", BETA);
    Compilation c = Javac.compile(second, first);
    assertThat(c).hadErrorContaining(Message.DUPLICATE_PRODUCT.format("demo", "p.Alpha"))
        .inFile(second).onLineContaining("id = \"demo\"");
    assertEquals(1, c.errors().size(), Javac.describe(c));

    // on disk: the first product's files are all there, the second wrote nothing
    DiskJavac.Result r = DiskJavac.compile(work, List.of(
        DiskJavac.write(work.resolve("src"), "p.Beta", Defs.HEADER + BETA),
        DiskJavac.write(work.resolve("src"), "p.Alpha", Defs.HEADER + ALPHA)), List.of());
    assertTrue(r.sources().containsKey("p/AlphaDescriptor.java"), r.sources().keySet().toString());
    assertFalse(r.sources().containsKey("p/BetaDescriptor.java"));
    assertTrue(new String(r.outputs().get("model/demo.json"), StandardCharsets.UTF_8).contains("p.Alpha"));
  }

  private static final String ALPHA = """
      @Product(id = "demo", title = "Alpha")
      @Component(id = "node")
      @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80)
      public class Alpha {}
      """;

  private static final String BETA = """
      @Product(title = "Beta",
          id = "demo")
      @Component(id = "node")
      @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 81)
      public class Beta {}
      """;

  @Test
  void productWithoutFlowsLandsOnItsId() {
    JavaFileObject src = def("Demo", """
        @Product(title = "Demo",
            id = "demo")
        @Component(id = "node")
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.NO_FLOWS.format("demo")).inFile(src).onLineContaining("id = \"demo\"");
  }

  @Test
  void productWithoutComponentsLandsOnItsId() {
    JavaFileObject src = def("Demo", """
        @Product(title = "Demo",
            id = "demo")
        @Zone(id = "lan", ipv4 = "10.0.0.0/8")
        @Flow(id = "web", service = "HTTP", component = "node", peerZone = "lan", ports = 80)
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.NO_COMPONENTS.format("demo")).inFile(src).onLineContaining("id = \"demo\"");
    assertThat(c).hadErrorContaining(Message.UNKNOWN_COMPONENT.format("node", "")).inFile(src).onLineContaining("@Flow");
  }

  @Test
  void invalidSysctlKeyLandsOnTheKey() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Sysctl(key = "net.ipv4.ip_forward", value = "1")
        @Sysctl(value = "1",
            key = "ip forward")
        @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80)
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.INVALID_SYSCTL.format("ip forward")).inFile(src)
        .onLineContaining("ip forward");
  }

  @Test
  void componentListedTwiceInAFlowLandsOnTheRepeat() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "web", service = "HTTP", peerComponent = "node", ports = 80,
            component = {"node",
                "node"}) // here
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.COMPONENT_REPEATED.format("web", "node")).inFile(src)
        .onLineContaining("// here");
    assertEquals(1, c.errors().size(), Javac.describe(c));
  }
}
