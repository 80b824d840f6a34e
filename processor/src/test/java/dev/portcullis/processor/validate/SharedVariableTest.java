package dev.portcullis.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.portcullis.diagnostics.Message;
import dev.portcullis.processor.PortcullisProcessor;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * One configurable port opened to two peers (StoreGrid's UI Communication Port, to servers and to
 * clients) is one variable named by two flows; flows that disagree on it are still an error.
 */
class SharedVariableTest {
  private static JavaFileObject def(String body) {
    return JavaFileObjects.forSourceString("demo.Demo", """
        package demo;

        import dev.portcullis.annotations.*;

        @Product(id = "demo", title = "Demo")
        @Component(id = "server")
        @Component(id = "client")
        """ + body);
  }

  private static Compilation compile(JavaFileObject source) {
    return javac().withProcessors(new PortcullisProcessor()).withOptions("-Aportcullis.targets=model")
        .compile(source);
  }

  @Test
  void flowsThatAgreeShareOneVariable() throws IOException {
    JavaFileObject src = def("""
        public class Demo {
          @Flow(id = "ui_from_servers", service = "UI", component = {"server", "client"}, peerComponent = "server",
              portVariable = "ui_port")
          @Flow(id = "ui_from_clients", service = "UI", component = {"server", "client"}, peerComponent = "client",
              portVariable = "ui_port")
          public static final int UI = 32005;
        }
        """);
    Compilation c = compile(src);
    assertThat(c).succeededWithoutWarnings();
    String json = c.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/portcullis/model/demo.json")
        .orElseThrow().getCharContent(true).toString();
    assertEquals(1, json.split("\"name\" : \"ui_port\"", -1).length - 1, json);
    assertTrue(json.contains("\"flow\" : \"ui_from_servers\""), json);
    assertEquals(4, json.split("\"portVariable\" : \"ui_port\"", -1).length - 1, json);
  }

  @Test
  void aSharedPortVariableWithAnotherDefaultIsAnError() {
    JavaFileObject src = def("""
        @Flow(id = "web", service = "HTTP", component = "server", peerComponent = "client", ports = 80,
            portVariable = "port")
        public class Demo {
          @Flow(id = "tls", service = "HTTPS", component = "server", peerComponent = "client",
              portVariable = "port") // here
          public static final int TLS = 443;
        }
        """);
    assertThat(compile(src)).hadErrorContaining(Message.DUPLICATE_VARIABLE.format("port", "web", "tls"))
        .inFile(src).onLineContaining("// here");
  }

  @Test
  void aPortVariableAndAProtocolVariableCannotShareAName() {
    JavaFileObject src = def("""
        @Flow(id = "vpn", service = "VPN", component = "server", peerComponent = "client", ports = 1194,
            protocol = Protocol.UDP, portVariable = "vpn", protocolVariable = "vpn") // here
        public class Demo {}
        """);
    assertThat(compile(src)).hadErrorContaining(Message.DUPLICATE_VARIABLE.format("vpn", "vpn", "vpn"))
        .inFile(src).onLineContaining("// here");
  }
}
