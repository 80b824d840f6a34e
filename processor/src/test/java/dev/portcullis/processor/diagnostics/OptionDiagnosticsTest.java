package dev.portcullis.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.portcullis.processor.diagnostics.Defs.def;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.portcullis.diagnostics.Message;
import dev.portcullis.processor.Options;
import dev.portcullis.processor.PortcullisProcessor;
import dev.portcullis.processor.testing.Javac;
import dev.portcullis.format.Target;
import dev.portcullis.format.Targets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The {@code -Aportcullis.*} options: declared, namespaced, and every bad value reported by name. */
class OptionDiagnosticsTest {
  private static final JavaFileObject DEMO = def("Demo", """
      @Product(id = "demo", title = "Demo")
      @Component(id = "node")
      @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80)
      public class Demo {}
      """);

  @Test
  void unknownTargetIsReportedWithTheKnownOnes() {
    Compilation c = Javac.compile(List.of("-Aportcullis.targets=nope"), DEMO);
    String known = String.join(", ", Targets.all().stream().map(Target::name).toList());
    assertThat(c).hadErrorContaining(Message.BAD_OPTION.format("portcullis.targets", "nope",
        "expected a comma-separated list of " + known));
  }

  @Test
  void emptyTargetListIsReported() {
    Compilation c = Javac.compile(List.of("-Aportcullis.targets=,"), DEMO);
    assertThat(c).hadErrorContaining("[portcullis:bad-option] option -Aportcullis.targets=,: expected");
  }

  @Test
  void missingTemplateDirectoryIsReported() {
    Compilation c = Javac.compile(List.of("-Aportcullis.templates=/missing/portcullis-templates"), DEMO);
    assertThat(c).hadErrorContaining(Message.BAD_OPTION.format("portcullis.templates",
        "/missing/portcullis-templates", "not a directory"));
  }

  @Test
  void descriptorsMustBeTrueOrFalse() {
    Compilation c = Javac.compile(List.of("-Aportcullis.descriptors=maybe"), DEMO);
    assertThat(c).hadErrorContaining(Message.BAD_OPTION.format("portcullis.descriptors", "maybe", "expected true or false"));
  }

  @Test
  void kubernetesLabelKeysAreChecked() {
    Compilation c = Javac.compile(List.of("-Aportcullis.k8s.partOfLabel=not a label!"), DEMO);
    assertThat(c).hadErrorContaining(Message.BAD_OPTION.format("portcullis.k8s.partOfLabel", "not a label!",
        "not a Kubernetes label key (prefix/name)"));
  }

  @Test
  void theAnsibleCollectionNamesFollowGalaxysRulesAndTheVersionIsSemantic() {
    for (String bad : List.of("Portcullis", "9lives", "a", "my-ns", "two__underscores", "class", "_x")) {
      Compilation c = Javac.compile(List.of("-Aportcullis.ansible.namespace=" + bad), DEMO);
      assertThat(c).hadErrorContaining("[portcullis:bad-option] option -Aportcullis.ansible.namespace=" + bad
          + ": not a Galaxy collection namespace");
    }
    Compilation name = Javac.compile(List.of("-Aportcullis.ansible.name=fire-wall"), DEMO);
    assertThat(name).hadErrorContaining("option -Aportcullis.ansible.name=fire-wall: not a Galaxy collection name");
    for (String bad : List.of("1.0", "v1.0.0", "01.2.3", "1.2.3-")) {
      Compilation c = Javac.compile(List.of("-Aportcullis.ansible.version=" + bad), DEMO);
      assertThat(c).hadErrorContaining(Message.BAD_OPTION.format("portcullis.ansible.version", bad,
          "not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.0 or 1.2.0-rc.1)"));
    }
    Compilation good = Javac.compile(List.of("-Aportcullis.ansible.namespace=acme_it", "-Aportcullis.ansible.name=fw2",
        "-Aportcullis.ansible.version=2.0.0-rc.1+build.5", "-Aportcullis.targets=ansible"), DEMO);
    assertThat(good).succeeded();
    assertTrue(Javac.outputs(good).keySet().stream()
        .anyMatch(p -> p.equals("ansible/ansible_collections/acme_it/fw2/roles/demo/tasks/main.yml")),
        () -> Javac.outputs(good).keySet().toString());
  }

  @Test
  void unknownPortcullisOptionIsReportedWithTheKnownOnes() {
    Compilation c = Javac.compile(List.of("-Aportcullis.target=model"), DEMO);
    assertThat(c).hadErrorContaining(Message.BAD_OPTION.format("portcullis.target", "model",
        "unknown option; known: " + String.join(", ", Options.SUPPORTED.stream().sorted().toList())));
  }

  @Test
  void optionsOfOtherProcessorsAreLeftAlone() {
    Compilation c = Javac.compile(List.of("-Amapstruct.defaultComponentModel=spring"), DEMO);
    assertTrue(c.diagnostics().stream().filter(d -> d.getKind() != javax.tools.Diagnostic.Kind.NOTE) // but the summary
        .noneMatch(d -> d.getMessage(java.util.Locale.ROOT).contains("[portcullis:")), Javac.describe(c));
  }

  @Test
  void everyDeclaredOptionIsNamespaced() {
    Set<String> supported = new PortcullisProcessor().getSupportedOptions();
    assertEquals(Options.SUPPORTED, supported);
    supported.forEach(o -> assertTrue(o.startsWith("portcullis."), o));
  }

  @Test
  void targetsOptionSelectsTargetsAndDescriptorsCanBeTurnedOff() {
    Compilation c = Javac.compile(List.of("-Aportcullis.targets=model", "-Aportcullis.descriptors=false"), DEMO);
    assertThat(c).succeededWithoutWarnings();
    Map<String, byte[]> outputs = Javac.outputs(c);
    assertEquals(Set.of("model/demo.json"), outputs.keySet());
    assertTrue(Javac.generatedSources(c).isEmpty(), Javac.generatedSources(c).keySet().toString());
    // no descriptor, so the ServiceLoader catalog must not name one
    assertTrue(c.generatedFiles().stream().noneMatch(f -> f.toUri().getPath().contains("META-INF/services/")),
        "catalog written without descriptors");
  }
}
