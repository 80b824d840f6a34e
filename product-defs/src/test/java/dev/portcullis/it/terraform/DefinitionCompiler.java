package dev.portcullis.it.terraform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles a definition written in a test with javac and the Portcullis processor (the same
 * artifact this module's build uses), and returns where the generated files went.
 */
public final class DefinitionCompiler {
  private DefinitionCompiler() {}

  /** Compiles {@code source} (class {@code pkg.Name}) into {@code dir}; returns its {@code META-INF/portcullis}. */
  static Path compile(Path dir, String qualifiedName, String source) {
    return compile(dir, qualifiedName, source, "model,terraform");
  }

  /** As {@link #compile(Path, String, String)}, for the given {@code -Aportcullis.targets}. */
  public static Path compile(Path dir, String qualifiedName, String source, String targets) {
    try {
      Path src = dir.resolve("src").resolve(qualifiedName.replace('.', File.separatorChar) + ".java");
      Files.createDirectories(src.getParent());
      Files.writeString(src, source, StandardCharsets.UTF_8);
      Path classes = Files.createDirectories(dir.resolve("classes"));
      String processor = processorLocation();
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      StringWriter diagnostics = new StringWriter();
      int status = javac.getTask(diagnostics, null, null,
          List.of("-proc:only", "-Aportcullis.targets=" + targets, "-classpath", processor,
              "-processorpath", processor, "-d", classes.toString(), "-implicit:none"),
          null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(src.toFile()))
          .call() ? 0 : 1;
      assertTrue(status == 0, "javac failed:\n" + diagnostics);
      return classes.resolve("META-INF/portcullis");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The processor jar (or classes directory) on this test's class path. */
  private static String processorLocation() {
    try {
      Class<?> processor = Class.forName("dev.portcullis.processor.PortcullisProcessor");
      return Path.of(processor.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new IllegalStateException("the Portcullis processor is not on the test class path", e);
    }
  }
}
