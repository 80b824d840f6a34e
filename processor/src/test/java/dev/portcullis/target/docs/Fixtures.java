package dev.portcullis.target.docs;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.portcullis.processor.PortcullisProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles the test definitions with the real processor and reads what it wrote. */
final class Fixtures {
  static final String ROOT = "META-INF/portcullis/";

  private Fixtures() {}

  static JavaFileObject source(String simpleName) {
    return JavaFileObjects.forResource("dev/portcullis/target/docs/" + simpleName + ".java");
  }

  static Compilation compile(JavaFileObject source, String... options) {
    return javac().withProcessors(new PortcullisProcessor()).withOptions(options).compile(source);
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
