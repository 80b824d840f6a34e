package dev.portcullis.processor.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.portcullis.processor.PortcullisProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles definitions with the processor into real directories, the way Maven does. Unlike
 * compile-testing, whose generated files are unavailable once a compilation has an error, this
 * shows what a failing build left behind: the bad-definition tests need exactly that (no file
 * for the failing product, every file for the valid one).
 */
public final class DiskJavac {
  private DiskJavac() {}

  /** What one compilation produced. */
  public record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path classes,
      Path generatedSources) {

    /** Every file under {@code META-INF/portcullis/}, by relative path ({@code model/demo.json}), sorted. */
    public Map<String, byte[]> outputs() {
      return tree(classes.resolve("META-INF/portcullis"));
    }

    /** Every generated source by relative path ({@code p/DemoDescriptor.java}), sorted. */
    public Map<String, byte[]> sources() {
      return tree(generatedSources);
    }

    /** Every resource the processor wrote to the class output (outputs and the service catalog), sorted. */
    public Map<String, byte[]> resources() {
      Map<String, byte[]> all = tree(classes.resolve("META-INF"));
      Map<String, byte[]> result = new TreeMap<>();
      all.forEach((k, v) -> result.put("META-INF/" + k, v));
      return result;
    }

    public List<Diagnostic<? extends JavaFileObject>> errors() {
      return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    }

    /** Every diagnostic as {@code KIND file:line: text}, for failure messages. */
    public String describe() {
      StringBuilder out = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
        out.append(d.getKind()).append(' ')
            .append(d.getSource() == null ? "-" : Path.of(d.getSource().toUri().getPath()).getFileName())
            .append(':').append(d.getLineNumber()).append(": ").append(d.getMessage(Locale.ROOT)).append('\n');
      }
      return out.toString();
    }
  }

  /**
   * Compiles {@code sourceFiles} with {@link PortcullisProcessor}; classes go to
   * {@code work/classes}, generated sources to {@code work/generated}.
   */
  public static Result compile(Path work, List<Path> sourceFiles, List<String> options) {
    return compile(work, sourceFiles, options, new PortcullisProcessor());
  }

  /** As {@link #compile(Path, List, List)}, with another processor (a test's own pipeline). */
  public static Result compile(Path work, List<Path> sourceFiles, List<String> options, Processor processor) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Path classes = Files.createDirectories(work.resolve("classes"));
      Path generated = Files.createDirectories(work.resolve("generated"));
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
      List<String> args = new ArrayList<>(options);
      args.add("-classpath");
      args.add(System.getProperty("java.class.path"));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, args, null,
          files.getJavaFileObjectsFromPaths(sourceFiles));
      task.setProcessors(List.of(processor));
      boolean success = task.call();
      List<Diagnostic<? extends JavaFileObject>> all = List.copyOf(diagnostics.getDiagnostics());
      for (Diagnostic<? extends JavaFileObject> d : all) {
        String text = d.getMessage(Locale.ROOT);
        assertFalse(text.contains("An annotation processor threw an uncaught exception"), text);
        if (processor instanceof PortcullisProcessor) {
          assertFalse(text.contains("[portcullis:internal]"), text);
        }
      }
      return new Result(success, all, classes, generated);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code text} as {@code dir/<package path>/<Simple>.java} and returns the path. */
  public static Path write(Path dir, String qualifiedName, String text) {
    Path file = dir.resolve(qualifiedName.replace('.', '/') + ".java");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, byte[]> tree(Path root) {
    Map<String, byte[]> result = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return result;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        result.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }
}
