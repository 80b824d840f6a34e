package dev.portcullis.format.docs;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.portcullis.processor.PortcullisProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Compiles the test definitions with the real processor and reads what it wrote. */
final class Fixtures {
  static final String ROOT = "META-INF/portcullis/";

  private Fixtures() {}

  static JavaFileObject source(String simpleName) {
    return JavaFileObjects.forResource("dev/portcullis/format/docs/" + simpleName + ".java");
  }

  static Compilation compile(JavaFileObject source, String... options) {
    return javac().withProcessors(new PortcullisProcessor()).withOptions(options).compile(source);
  }

  static Compilation compileWith(javax.annotation.processing.Processor processor, JavaFileObject source) {
    return javac().withProcessors(processor).compile(source);
  }

  /**
   * Compiles with the system javac into {@code out} (compile-testing hides what a failed
   * compilation wrote) and returns every file written there, relative to {@code out}.
   */
  static List<String> compileToDirectory(JavaFileObject source, Path out, String... options) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-proc:only"));
    args.addAll(List.of(options));
    JavaCompiler.CompilationTask task =
        compiler.getTask(null, null, diagnostic -> { }, args, null, List.of(source));
    task.setProcessors(List.of(new PortcullisProcessor()));
    task.call();
    try (Stream<Path> files = Files.walk(out)) {
      return files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString()).sorted().toList();
    }
  }

  /** The text of one generated file under {@code META-INF/portcullis/}. */
  static String generated(Compilation compilation, String path) {
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, ROOT + path)
        .orElseThrow(() -> new AssertionError("not generated: " + path));
    return text(file);
  }

  /** Every file the processor wrote under {@code META-INF/portcullis/}, by path. */
  static Map<String, String> generatedTree(Compilation compilation) {
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().getPath();
      int at = uri.indexOf(ROOT);
      if (at >= 0) {
        files.put(uri.substring(at + ROOT.length()), text(file));
      }
    }
    return files;
  }

  private static String text(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
