package dev.portcullis.format.terraform;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.portcullis.processor.PortcullisProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles test definitions with the processor (Terraform target only) and reads what it wrote. */
final class Definitions {
  private Definitions() {}

  static Compilation compile(String qualifiedName, String source) {
    Compilation compilation = javac().withProcessors(new PortcullisProcessor())
        .withOptions("-Aportcullis.targets=terraform")
        .compile(JavaFileObjects.forSourceString(qualifiedName, source));
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> compilation.diagnostics().toString());
    return compilation;
  }

  /** A generated file under {@code META-INF/portcullis/}, or empty. */
  static Optional<String> file(Compilation compilation, String relative) {
    Optional<JavaFileObject> file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/portcullis/" + relative);
    return file.map(f -> {
      try {
        return f.getCharContent(true).toString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** A test resource next to this class. */
  static String resource(String name) {
    try (InputStream in = Definitions.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
