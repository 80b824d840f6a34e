package dev.portcullis.hostile;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.portcullis.model.Product;
import dev.portcullis.processor.PortcullisProcessor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * A sample of hostile products written as annotated definitions and compiled by javac with the
 * processor, as a user's build would: the compilation (including the generated Java descriptor,
 * whose Javadoc quotes the texts) must succeed, and every file the processor writes must be the
 * bytes the targets render from the model the definition describes, so no text is changed
 * between the annotation and the output. Tagged {@code slow} (javac per product): {@code .ci/test}
 * runs it, the fast lane skips it.
 */
@Tag("slow")
class JavacRoundTripTest {
  private static final AtomicLong COMPILED = new AtomicLong();

  @Provide
  Arbitrary<Product> products() {
    return HostileProducts.products();
  }

  @Property(tries = 20, seed = HostileOutputTest.SEED, shrinking = ShrinkingMode.BOUNDED)
  void aDefinitionCompilesAndWritesWhatItsModelRenders(@ForAll("products") Product product) throws IOException {
    String source = DefinitionSource.of(product);
    Compilation compilation = javac().withProcessors(new PortcullisProcessor())
        .compile(JavaFileObjects.forSourceString(DefinitionSource.qualifiedName(product), source));
    List<String> errors = compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getLineNumber() + ": " + d.getMessage(null)).toList();
    assertEquals(List.of(), errors, () -> "javac rejected the definition or its generated code:\n" + source
        + compilation.generatedSourceFiles().stream().map(JavacRoundTripTest::content).reduce("", String::concat));
    List<String> differ = new ArrayList<>();
    for (Map<String, String> files : Outputs.of(product).filesByTarget().values()) {
      for (Map.Entry<String, String> file : files.entrySet()) {
        JavaFileObject written = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
            "META-INF/portcullis/" + file.getKey()).orElse(null);
        if (written == null || !written.getCharContent(true).toString().equals(file.getValue())) {
          differ.add(file.getKey() + (written == null ? " (not written)" : ""));
        }
      }
    }
    assertEquals(List.of(), differ, "the processor wrote other bytes than the model renders");
    COMPILED.incrementAndGet();
  }

  private static String content(JavaFileObject file) {
    try {
      return "\n--- " + file.getName() + "\n" + file.getCharContent(true);
    } catch (IOException e) {
      return "\n--- " + file.getName() + ": " + e;
    }
  }

  @AfterContainer
  static void report() {
    System.out.printf("hostile javac round trip: %d definitions compiled (seed %s)%n", COMPILED.get(),
        HostileOutputTest.SEED);
  }
}
