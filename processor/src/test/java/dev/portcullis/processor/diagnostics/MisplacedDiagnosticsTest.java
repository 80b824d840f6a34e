package dev.portcullis.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.portcullis.processor.diagnostics.Defs.def;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.portcullis.diagnostics.Message;
import dev.portcullis.processor.testing.Javac;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Portcullis annotations outside a {@code @Product} class: each one reported on its own line. */
class MisplacedDiagnosticsTest {
  @Test
  void flowsOnAClassWithoutProductAreEachReported() {
    JavaFileObject src = def("Plain", """
        @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80) // first
        @Flow(id = "tls", service = "HTTPS", component = "node", peerComponent = "node", ports = 443) // second
        public class Plain {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.MISPLACED.format("Flow")).inFile(src).onLineContaining("// first");
    assertThat(c).hadErrorContaining(Message.MISPLACED.format("Flow")).inFile(src).onLineContaining("// second");
    assertEquals(2, c.errors().size(), Javac.describe(c));
  }

  @Test
  void componentAndZoneOnAClassWithoutProduct() {
    JavaFileObject src = def("Plain", """
        @Component(id = "node")
        @Zone(id = "lan", ipv4 = "10.0.0.0/8")
        public class Plain {}
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.MISPLACED.format("Component")).inFile(src).onLineContaining("@Component");
    assertThat(c).hadErrorContaining(Message.MISPLACED.format("Zone")).inFile(src).onLineContaining("@Zone");
  }

  @Test
  void flowOnAConstantOfAClassWithoutProduct() {
    JavaFileObject src = def("Plain", """
        public class Plain {
          @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node") // here
          public static final int WEB = 80;
        }
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.MISPLACED.format("Flow")).inFile(src).onLineContaining("// here");
  }

  @Test
  void flowInANestedClassOfAProductIsMisplacedAndTheProductStillBuilds() {
    JavaFileObject src = def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80)
        public class Demo {
          static class Ports {
            @Flow(id = "tls", service = "HTTPS", component = "node", peerComponent = "node") // here
            static final int TLS = 443;
          }
        }
        """);
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.MISPLACED.format("Flow")).inFile(src).onLineContaining("// here");
  }
}
