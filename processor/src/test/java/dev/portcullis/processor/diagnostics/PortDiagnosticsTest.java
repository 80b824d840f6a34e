package dev.portcullis.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.portcullis.processor.diagnostics.Defs.def;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.portcullis.diagnostics.Message;
import dev.portcullis.processor.testing.Javac;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Ports, ranges, ICMP, constants and instances: each message with its text and its line. */
class PortDiagnosticsTest {
  @Test
  void portOutsideRangeLandsOnTheValueInsideAMultiLineRepeatedFlow() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node",
            ports = {80,
                70000})
        @Flow(id = "tls", service = "HTTPS", component = "node", peerComponent = "node",
            ports = {443,
                0}) // zero
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.PORT_RANGE.format(70000)).inFile(src).onLineContaining("70000");
    assertThat(c).hadErrorContaining(Message.PORT_RANGE.format(0)).inFile(src).onLineContaining("// zero");
    assertEquals(2, c.errors().size(), Javac.describe(c));
  }

  @Test
  void portOutsideRangeInARangeLandsOnThatBound() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node",
            ranges = @Range(from = 8000,
                to = 65536))
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.PORT_RANGE.format(65536)).inFile(src).onLineContaining("65536");
  }

  @Test
  void portOutsideRangeOnAConstantLandsOnItsFlow() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        public class Demo {
          @Flow(id = "big", service = "Big", component = "node", peerComponent = "node") // here
          public static final int BIG = 70000;
        }
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.PORT_RANGE.format(70000)).inFile(src).onLineContaining("// here");
  }

  @Test
  void reversedRangeLandsOnItsUpperBound() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node",
            ranges = {@Range(from = 1000, to = 2000),
                @Range(from = 9000,
                    to = 8000)})
        @Flow(id = "other", service = "Other", component = "node", peerComponent = "node", ports = 1)
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.RANGE_REVERSED.format(9000, 8000, 8000, 9000))
        .inFile(src).onLineContaining("to = 8000");
  }

  @Test
  void emptyPortSetLandsOnTheFlowId() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(service = "HTTP", component = "node", peerComponent = "node",
            id = "web")
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.EMPTY_PORTS.format("web")).inFile(src).onLineContaining("id = \"web\"");
  }

  @Test
  void portsOnIcmpLandOnThePorts() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "ping", service = "Ping", component = "node", peerComponent = "node", protocol = Protocol.ICMP,
            ports = 7)
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.ICMP_PORTS.format("ping")).inFile(src).onLineContaining("ports = 7");
  }

  @Test
  void rangesOnIcmpLandOnTheRanges() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "ping", service = "Ping", component = "node", peerComponent = "node", protocol = Protocol.ICMP,
            ranges = @Range(from = 1, to = 2))
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.ICMP_PORTS.format("ping")).inFile(src).onLineContaining("ranges =");
  }

  @Test
  void icmpTypeAndCodeOutOfRangeLandOnEachAttribute() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "ping", service = "Ping", component = "node", peerComponent = "node", protocol = Protocol.ICMP,
            icmpType = 256,
            icmpCode = -2)
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.ICMP_TYPE_RANGE.format("type", 256)).inFile(src).onLineContaining("256");
    assertThat(c).hadErrorContaining(Message.ICMP_TYPE_RANGE.format("code", -2)).inFile(src).onLineContaining("-2");
  }

  @Test
  void icmpTypeOnTcpLandsOnTheType() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80,
            icmpType = 8)
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.ICMP_ONLY.format("web", "TCP")).inFile(src).onLineContaining("icmpType");
  }

  @Test
  void flowOnANonIntConstantLandsOnTheFlow() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        public class Demo {
          @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node") // here
          public static final String WEB = "80";
        }
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.CONSTANT_NOT_INT.format("WEB")).inFile(src).onLineContaining("// here");
  }

  @Test
  void flowOnAnInstanceFieldIsNotAConstant() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        public class Demo {
          @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node") // here
          public final int web = 80;
        }
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.CONSTANT_NOT_INT.format("web")).inFile(src).onLineContaining("// here");
  }

  @Test
  void flowOnAStaticFieldWithoutConstantValueIsNotAConstant() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        public class Demo {
          @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node") // here
          public static int web = 80;
        }
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.CONSTANT_NOT_INT.format("web")).inFile(src).onLineContaining("// here");
  }

  @Test
  void portsOnAConstantLandOnThePorts() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        public class Demo {
          @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node",
              ports = 8080)
          public static final int WEB = 80;
        }
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.CONSTANT_WITH_PORTS.format("web", "WEB")).inFile(src)
        .onLineContaining("ports = 8080");
  }

  @Test
  void portsAndInstancesTogetherLandOnTheInstances() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "av", service = "AV", component = "node", peerComponent = "node", ports = 4000,
            instances = @Instances(base = 4745, variable = "av_instances"))
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.PORTS_AND_INSTANCES.format("av")).inFile(src)
        .onLineContaining("instances = @Instances");
  }

  @Test
  void invalidInstancesLandOnTheAttributeAtFault() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "a", service = "A", component = "node", peerComponent = "node",
            instances = @Instances(variable = "a_count",
                base = 70000))
        @Flow(id = "b", service = "B", component = "node", peerComponent = "node",
            instances = @Instances(base = 100, variable = "b_count",
                defaultCount = 0))
        @Flow(id = "c", service = "C", component = "node", peerComponent = "node",
            instances = @Instances(base = 65530, variable = "c_count",
                maxCount = 10))
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.INSTANCES_INVALID.format("a", "base must be 0-65534"))
        .inFile(src).onLineContaining("base = 70000");
    assertThat(c).hadErrorContaining(Message.INSTANCES_INVALID.format("b", "defaultCount must be 1-16"))
        .inFile(src).onLineContaining("defaultCount = 0");
    assertThat(c).hadErrorContaining(Message.INSTANCES_INVALID.format("c", "instance 10 would listen on 65540"))
        .inFile(src).onLineContaining("maxCount = 10");
  }

  @Test
  void configurablePortDefaultOutOfRangeLandsOnThePort() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", portVariable = "web_port",
            ports = 99999)
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.VARIABLE_DEFAULT_RANGE.format("web_port", 99999)).inFile(src)
        .onLineContaining("99999");
  }

  @Test
  void configurablePortOnSeveralPortsLandsOnTheVariable() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = {80, 81},
            portVariable = "web_port")
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.VARIABLE_NEEDS_SINGLE_PORT.format("web_port", "web", "several ports"))
        .inFile(src).onLineContaining("portVariable");
  }

  @Test
  void configurableProtocolOnTcpUdpLandsOnTheVariable() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "dns", service = "DNS", component = "node", peerComponent = "node", ports = 53, protocol = Protocol.TCP_UDP,
            protocolVariable = "dns_protocol")
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.VARIABLE_PROTOCOL.format("dns_protocol", "dns", "TCP_UDP"))
        .inFile(src).onLineContaining("protocolVariable");
  }

  @Test
  void variableDeclaredTwiceLandsOnTheSecond() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80, portVariable = "port")
        @Flow(id = "tls", service = "HTTPS", component = "node", peerComponent = "node", ports = 443,
            portVariable = "port") // here
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.DUPLICATE_VARIABLE.format("port", "web", "tls"))
        .inFile(src).onLineContaining("// here");
  }

  @Test
  void aValidDefinitionCompilesCleanlyAndWritesItsModel() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80)
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).succeededWithoutWarnings();
    Map<String, byte[]> outputs = Javac.outputs(c);
    org.junit.jupiter.api.Assertions.assertTrue(outputs.containsKey("model/demo.json"), outputs.keySet().toString());
  }

  @Test
  void configurablePortOnIcmpSaysThereIsNoPort() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "ping", service = "Ping", component = "node", peerComponent = "node", protocol = Protocol.ICMP,
            portVariable = "ping_port")
        public class Demo {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.VARIABLE_NEEDS_SINGLE_PORT.format("ping_port", "ping", "no port (it is ICMP)"))
        .inFile(src).onLineContaining("portVariable");
  }

  @Test
  void flowOnAnEnumConstantIsReportedNotDropped() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80)
        public enum Demo {
          @Flow(id = "tls", service = "HTTPS", component = "node", peerComponent = "node") // here
          TLS
        }
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.CONSTANT_NOT_INT.format("TLS")).inFile(src).onLineContaining("// here");
  }
}
