package dev.portcullis.it.kubernetes;

import dev.portcullis.it.TempDirs;
import dev.portcullis.processor.PortcullisProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles {@link FixtureDefinitions} with the processor (as a user's build would, with only the
 * model and Kubernetes targets) into {@code target/k8s-fixtures/}, once per test JVM.
 */
final class Fixtures {
  private Fixtures() {}

  /** What compiling the fixtures produced. */
  record Result(Path root, List<String> warnings, List<String> errors) {}

  /** Lazily compiled once; the holder idiom keeps it thread-safe without mutable statics. */
  private static final class Holder {
    static final Result RESULT = compile();
  }

  static Result result() {
    return Holder.RESULT;
  }

  /** {@code .../META-INF/portcullis} of the fixtures. */
  static Path root() {
    Result result = result();
    if (!result.errors().isEmpty()) {
      throw new IllegalStateException("the fixtures do not compile: " + result.errors());
    }
    return result.root();
  }

  private static Result compile() {
    Path out = Path.of("target", "k8s-fixtures").toAbsolutePath();
    try {
      TempDirs.deleteTree(out);
      Files.createDirectories(out.resolve("classes"));
      Files.createDirectories(out.resolve("generated"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> units = new ArrayList<>();
    FixtureDefinitions.sources().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> units.add(source(e.getKey(), e.getValue())));
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      List<String> options = List.of(
          "-proc:only",
          "-classpath", System.getProperty("java.class.path"),
          "-d", out.resolve("classes").toString(),
          "-s", out.resolve("generated").toString(),
          "-Aportcullis.targets=model,kubernetes,cilium",
          "-Aportcullis.descriptors=false");
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null, units);
      task.setProcessors(List.of(new PortcullisProcessor()));
      task.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> warnings = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String text = d.getMessage(java.util.Locale.ROOT);
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(text);
      } else if (d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
        warnings.add(text);
      }
    }
    return new Result(out.resolve("classes").resolve("META-INF").resolve("portcullis"), warnings, errors);
  }

  private static JavaFileObject source(String className, String text) {
    URI uri = URI.create("string:///" + className.replace('.', '/') + JavaFileObject.Kind.SOURCE.extension);
    return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }
}
