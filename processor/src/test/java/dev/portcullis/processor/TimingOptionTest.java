package dev.portcullis.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.portcullis.processor.testing.Javac;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code -Aportcullis.timing}: one note with the time per phase, only when asked. */
class TimingOptionTest {
  private static final JavaFileObject DEMO = Javac.source("p.Demo", """
      package p;

      import dev.portcullis.annotations.*;

      @Product(id = "demo", title = "Demo")
      @Component(id = "node")
      public final class Demo {
        @Flow(id = "api", service = "API", component = "node", peerComponent = "node")
        public static final int API = 8080;
      }
      """);

  @Test
  void asked_for_it_prints_one_note_with_products_total_and_phases() {
    Compilation compilation = Javac.compile(List.of("-Aportcullis.timing=true"), DEMO);

    assertEquals(Compilation.Status.SUCCESS, compilation.status());
    List<String> notes = timingNotes(compilation);
    assertEquals(1, notes.size(), notes.toString());
    String note = notes.get(0);
    assertTrue(note.startsWith(PhaseTimes.PREFIX + "products=1 total_ms="), note);
    for (String phase : List.of(" per_product_ms=", " inspect=", " validate=", " model=", " render.model=",
        " write=", " descriptor=")) {
      assertTrue(note.contains(phase), phase + " missing in " + note);
    }
  }

  @Test
  void by_default_prints_nothing() {
    assertEquals(List.of(), timingNotes(Javac.compile(DEMO)));
  }

  @Test
  void a_value_other_than_true_or_false_is_a_bad_option() {
    Compilation compilation = Javac.compile(List.of("-Aportcullis.timing=yes"), DEMO);

    assertTrue(compilation.errors().stream().anyMatch(d -> d.getMessage(Locale.ROOT)
        .contains("[portcullis:bad-option]") && d.getMessage(Locale.ROOT).contains("portcullis.timing=yes")),
        compilation.diagnostics().toString());
  }

  private static List<String> timingNotes(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.contains(PhaseTimes.PREFIX))
        .toList();
  }
}
