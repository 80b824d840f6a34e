package dev.portcullis.format.terraform;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.portcullis.diagnostics.Message;
import dev.portcullis.processor.PortcullisProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What the Terraform module could not generate is found in the validate phase, for every target
 * selection, on the attribute that causes it (never as {@code portcullis:internal}).
 */
class TerraformCheckTest {
  private static JavaFileObject def(String body) {
    return JavaFileObjects.forSourceString("demo.Demo", """
        package demo;

        import dev.portcullis.annotations.*;

        @Product(id = "demo", title = "Demo")
        @Component(id = "server")
        @Component(id = "client")
        @Zone(id = "admins", ipv4 = "10.0.0.0/8")
        @Feature(id = "tls")
        """ + body);
  }

  private static Compilation compile(JavaFileObject source) {
    // the Terraform target is not selected: every registered target checks the definition
    return javac().withProcessors(new PortcullisProcessor()).withOptions("-Aportcullis.targets=model")
        .compile(source);
  }

  @Test
  void aPortVariableNamedAsAModuleInputIsAnErrorOnTheAttribute() {
    JavaFileObject src = def("""
        @Flow(id = "web", service = "HTTP", component = "server", peerComponent = "client", ports = 80,
            portVariable = "tags") // here
        public class Demo {}
        """);
    assertThat(compile(src)).hadErrorContaining(Message.TERRAFORM_NAME_CLASH.format("variable", "tags",
        "the module's tags", "the definition's variable tags")).inFile(src).onLineContaining("// here");
  }

  @Test
  void aVariableNamedAsAZoneOrFeatureVariableIsAnError() {
    JavaFileObject src = def("""
        @Flow(id = "ssh", service = "SSH", component = "server", peerZone = "admins", ports = 22,
            portVariable = "admins_ipv4_cidrs")
        @Flow(id = "web", service = "HTTP", component = "server", peerComponent = "client", ports = 443,
            feature = "tls", protocol = Protocol.TCP, protocolVariable = "enable_tls")
        public class Demo {}
        """);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining(Message.TERRAFORM_NAME_CLASH.format("variable", "admins_ipv4_cidrs",
        "a variable of zone admins", "the definition's variable admins_ipv4_cidrs"));
    assertThat(c).hadErrorContaining(Message.TERRAFORM_NAME_CLASH.format("variable", "enable_tls",
        "the toggle of feature tls", "the definition's variable enable_tls"));
    assertThat(c).hadErrorCount(2);
  }

  @Test
  void anExtraGroupNamedAsAComponentIsAnError() {
    java.util.List<dev.portcullis.model.Flow> flows = new java.util.ArrayList<>();
    for (int i = 0; i < 70; i++) {
      flows.add(TestProducts.tcpFromZone("f" + String.format("%03d", i), "node", "lan", 20000 + 2 * i, 20000 + 2 * i));
    }
    dev.portcullis.model.Product product = TestProducts.product(java.util.List.of("node", "node_part2"),
        java.util.List.of(TestProducts.zone("lan", java.util.List.of("10.0.0.0/8"), java.util.List.of())), flows);
    var findings = new TerraformTarget().check(product,
        new dev.portcullis.format.RenderContext(new dev.portcullis.render.TemplateEngine(null), java.util.Map.of(), "test"));
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(Message.TERRAFORM_NAME_CLASH.format("security group",
        "node_part2", "component node_part2", "part 2 of the rules of component node")),
        findings.stream().map(dev.portcullis.format.Finding::text).toList());
  }
}
