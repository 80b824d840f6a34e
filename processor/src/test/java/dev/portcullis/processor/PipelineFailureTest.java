package dev.portcullis.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.portcullis.diagnostics.Message;
import dev.portcullis.model.Flow;
import dev.portcullis.model.Product;
import dev.portcullis.processor.testing.DiskJavac;
import dev.portcullis.processor.testing.Javac;
import dev.portcullis.format.Finding;
import dev.portcullis.format.RenderContext;
import dev.portcullis.format.Subject;
import dev.portcullis.format.Target;
import dev.portcullis.format.TargetOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the pipeline does when a target fails or reports: an exception or a broken template is
 * one error on the product (never an exception in javac), the product writes nothing, the others
 * still build; a finding lands on the part of the definition it names.
 */
class PipelineFailureTest {
  private static final String HEADER = "package p;\nimport dev.portcullis.annotations.*;\n";

  private static String definition(String simpleName, String id) {
    return """
        @Product(id = "%s", title = "%s")
        @Component(id = "node")
        @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80)
        public class %s {}
        """.formatted(id, simpleName, simpleName);
  }

  private static JavaFileObject product(String simpleName, String id) {
    return Javac.source("p." + simpleName, HEADER + definition(simpleName, id));
  }

  /** A target that writes {@code fake/<id>.txt}, and throws for product {@code bad}. */
  private static final class ThrowsForBad implements Target {
    @Override
    public String name() {
      return "fake";
    }

    @Override
    public TargetOutput render(dev.portcullis.plan.RulePlan plan, RenderContext context) {
      Product product = plan.product();
      if (product.id().equals("bad")) {
        throw new IllegalStateException("boom");
      }
      return new TargetOutput.Builder().file("fake/" + product.id() + ".txt", "ok\n").build();
    }
  }

  private static Compilation run(Target target, Path templates, JavaFileObject... sources) {
    return javac().withProcessors(new PipelineProcessor(List.of(target), templates)).compile(sources);
  }

  @Test
  void anExceptionInATargetIsOneInternalErrorAndTheOtherProductsStillBuild(@TempDir Path work) {
    Path bad = DiskJavac.write(work.resolve("src"), "p.Bad", HEADER + definition("Bad", "bad"));
    Path good = DiskJavac.write(work.resolve("src"), "p.Good", HEADER + definition("Good", "good"));
    DiskJavac.Result r = DiskJavac.compile(work, List.of(bad, good), List.of(),
        new PipelineProcessor(List.of(new ThrowsForBad()), null));
    assertEquals(1, r.errors().size(), r.describe());
    assertEquals(Message.INTERNAL_ERROR.format("bad", new IllegalStateException("boom")),
        r.errors().get(0).getMessage(null));
    assertTrue(r.errors().get(0).getSource().toUri().getPath().endsWith("p/Bad.java"));
    assertEquals(6, r.errors().get(0).getLineNumber(), r.describe());
    assertEquals(List.of("fake/good.txt"), List.copyOf(r.outputs().keySet()));
  }

  /** A target that writes {@code fake/<id>/a.txt} and {@code fake/<id>/b.txt}. */
  private static final class WritesTwo implements Target {
    @Override
    public String name() {
      return "fake";
    }

    @Override
    public TargetOutput render(dev.portcullis.plan.RulePlan plan, RenderContext context) {
      Product product = plan.product();
      return new TargetOutput.Builder()
          .file("fake/" + product.id() + "/a.txt", "a\n")
          .file("fake/" + product.id() + "/b.txt", "b\n")
          .build();
    }
  }

  @Test
  void aFileThatCannotBeWrittenLeavesNoneOfItsProductsFilesAndNoStagedFile(@TempDir Path work) throws IOException {
    Path bad = DiskJavac.write(work.resolve("src"), "p.Bad", HEADER + definition("Bad", "bad"));
    Path good = DiskJavac.write(work.resolve("src"), "p.Good", HEADER + definition("Good", "good"));
    // a directory where product bad's second file must go: that file cannot be written
    Files.createDirectories(work.resolve("classes/META-INF/portcullis/fake/bad/b.txt/occupied"));
    DiskJavac.Result r = DiskJavac.compile(work, List.of(bad, good), List.of(),
        new PipelineProcessor(List.of(new WritesTwo()), null));
    assertEquals(1, r.errors().size(), r.describe());
    assertTrue(r.errors().get(0).getMessage(null).startsWith("[portcullis:write-failed] cannot write "
        + "META-INF/portcullis/fake/bad/b.txt"), r.describe());
    assertTrue(r.errors().get(0).getSource().toUri().getPath().endsWith("p/Bad.java"));
    // nothing of product bad (its first file was only staged, then removed), no staged file left
    assertEquals(List.of("fake/good/a.txt", "fake/good/b.txt"), List.copyOf(r.outputs().keySet()), r.describe());
  }

  /** A target that renders {@code fake/page.txt.mustache} with a scope holding only {@code id}. */
  private static final class RendersTemplate implements Target {
    @Override
    public String name() {
      return "fake";
    }

    @Override
    public TargetOutput render(dev.portcullis.plan.RulePlan plan, RenderContext context) {
      Product product = plan.product();
      String text = context.templates().render("fake/page.txt.mustache", Map.of("id", product.id()));
      return new TargetOutput.Builder().file("fake/" + product.id() + ".txt", text).build();
    }
  }

  @Test
  void aTemplateNamingAMissingValueIsAnErrorNamingTheTemplateAndTheValue(@TempDir Path templates) throws IOException {
    Files.createDirectories(templates.resolve("fake"));
    Files.writeString(templates.resolve("fake/page.txt.mustache"), "id {{id}} port {{port}}\n");
    JavaFileObject demo = product("Demo", "demo");
    Compilation c = run(new RendersTemplate(), templates, demo);
    assertThat(c).hadErrorContaining(Message.TEMPLATE_ERROR.format("fake/page.txt.mustache",
        "names the value 'port', which the model does not have")).inFile(demo).onLineContaining("@Product");
    assertEquals(1, c.errors().size(), Javac.describe(c));
  }

  @Test
  void aMissingTemplateIsAnErrorNamingIt() {
    JavaFileObject demo = product("Demo", "demo");
    Compilation c = run(new RendersTemplate(), null, demo);
    assertThat(c).hadErrorContaining("[portcullis:template] template 'fake/page.txt.mustache'")
        .inFile(demo).onLineContaining("@Product");
  }

  /** Reports one finding of each subject kind. */
  private static final class Reports implements Target {
    @Override
    public String name() {
      return "fake";
    }

    @Override
    public TargetOutput render(dev.portcullis.plan.RulePlan plan, RenderContext context) {
      Product product = plan.product();
      Flow ping = product.flows().stream().filter(f -> f.id().equals("ping")).findFirst().orElseThrow();
      return new TargetOutput.Builder()
          .finding(Finding.of(Message.K8S_ICMP_UNSUPPORTED, Subject.flow(ping), "ping", "network-policy.yaml"))
          .finding(Finding.of(Message.ZONE_WITHOUT_DEFAULTS, Subject.zone("office"), "office", "fake", "set it"))
          .finding(Finding.of(Message.K8S_PREREQUISITE, Subject.prerequisite("net.ipv4.ip_forward"),
              "net.ipv4.ip_forward", "README.md"))
          .finding(Finding.of(Message.K8S_PREREQUISITE, Subject.prerequisite("outgoing"), "outgoing", "README.md"))
          .finding(Finding.of(Message.K8S_PREREQUISITE, Subject.prerequisite("forwarding"), "forwarding", "README.md"))
          .file("fake/" + product.id() + ".txt", "ok\n")
          .build();
    }
  }

  @Test
  void findingsLandOnTheFlowZoneOrPrerequisiteTheyName() {
    JavaFileObject demo = Javac.source("p.Demo", HEADER + """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Zone(id = "lan", ipv4 = "10.0.0.0/8")
        @Zone(id = "office") // office
        @Sysctl(key = "net.ipv4.ip_forward", value = "1") // sysctl
        @Sysctl(key = "net.ipv6.conf.all.forwarding", value = "1")
        @AllowOutgoing(reason = "dials out") // outgoing
        @AllowForwarding(reason = "routes") // forwarding
        @Flow(id = "web", service = "HTTP", component = "node", peerZone = "office", ports = 80)
        @Flow(id = "ping", service = "Ping", component = "node", peerComponent = "node", protocol = Protocol.ICMP) // ping
        public class Demo {}
        """);
    Compilation c = run(new Reports(), null, demo);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining(Message.K8S_ICMP_UNSUPPORTED.format("ping", "network-policy.yaml"))
        .inFile(demo).onLineContaining("// ping");
    assertThat(c).hadWarningContaining(Message.ZONE_WITHOUT_DEFAULTS.format("office", "fake", "set it"))
        .inFile(demo).onLineContaining("// office");
    assertThat(c).hadWarningContaining(Message.K8S_PREREQUISITE.format("net.ipv4.ip_forward", "README.md"))
        .inFile(demo).onLineContaining("// sysctl");
    assertThat(c).hadWarningContaining(Message.K8S_PREREQUISITE.format("outgoing", "README.md"))
        .inFile(demo).onLineContaining("// outgoing");
    assertThat(c).hadWarningContaining(Message.K8S_PREREQUISITE.format("forwarding", "README.md"))
        .inFile(demo).onLineContaining("// forwarding");
    assertTrue(c.generatedFiles().stream().anyMatch(f -> f.toUri().getPath().endsWith("fake/demo.txt")));
  }

  @Test
  void aFindingIsSilencedBySuppressWarnings() {
    JavaFileObject demo = Javac.source("p.Demo", HEADER + """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        @Zone(id = "lan", ipv4 = "10.0.0.0/8")
        @Zone(id = "office")
        @Sysctl(key = "net.ipv4.ip_forward", value = "1")
        @AllowOutgoing(reason = "dials out")
        @AllowForwarding(reason = "routes")
        @Flow(id = "web", service = "HTTP", component = "node", peerZone = "office", ports = 80)
        @Flow(id = "ping", service = "Ping", component = "node", peerComponent = "node", protocol = Protocol.ICMP)
        @SuppressWarnings({"portcullis:zone-no-defaults", "portcullis:k8s-prerequisite", "portcullis:k8s-icmp"})
        public class Demo {}
        """);
    assertThat(run(new Reports(), null, demo)).succeededWithoutWarnings();
  }

  @Test
  void twoDefinitionsWithOneDescriptorNameFailTheSecondBeforeItWritesAnything(@TempDir Path work) {
    Path src = work.resolve("src");
    Path nested = DiskJavac.write(src, "p.Outer", HEADER + """
        public class Outer {
          @Product(id = "inner", title = "Inner")
          @Component(id = "node")
          @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80)
          public static class Inner {}
        }
        """);
    Path flat = DiskJavac.write(src, "p.Outer_Inner", HEADER + """
        @Product(id = "flat", title = "Flat") // here
        @Component(id = "node")
        @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80)
        public class Outer_Inner {}
        """);
    DiskJavac.Result r = DiskJavac.compile(work, List.of(nested, flat), List.of());
    assertEquals(1, r.errors().size(), r.describe());
    String text = r.errors().get(0).getMessage(null);
    assertEquals(Message.WRITE_FAILED.format("p.Outer_InnerDescriptor",
        "it is already generated for p.Outer.Inner; rename one of the two classes"), text);
    assertEquals(3, r.errors().get(0).getLineNumber());
    assertTrue(r.outputs().containsKey("model/inner.json"), r.outputs().keySet().toString());
    assertTrue(r.outputs().keySet().stream().noneMatch(k -> k.contains("flat")), r.outputs().keySet().toString());
  }
}
