package dev.portcullis.processor.testing;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.portcullis.processor.PortcullisProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles definitions with the real processor through google compile-testing, and reads back
 * what it wrote. Every compilation is also checked for the one thing that must never happen: an
 * exception reaching javac.
 */
public final class Javac {
  /** Where CLASS_OUTPUT resources of the processor appear in compile-testing's file names. */
  private static final String OUTPUT_PREFIX = "/CLASS_OUTPUT/META-INF/portcullis/";

  private Javac() {}

  /** A source file from text, e.g. {@code source("p.Demo", """ package p; ... """)}. */
  public static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  public static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  /** Compiles with {@link PortcullisProcessor} and the given javac options (e.g. {@code -Aportcullis.targets=model}). */
  public static Compilation compile(List<String> options, JavaFileObject... sources) {
    return compileWith(new PortcullisProcessor(), options, List.of(sources));
  }

  public static Compilation compileWith(Processor processor, List<String> options, List<JavaFileObject> sources) {
    Compilation compilation = javac().withProcessors(processor).withOptions(options).compile(sources);
    assertNoCrash(compilation);
    return compilation;
  }

  /** No uncaught exception and no {@code [portcullis:internal]} reached javac. */
  public static void assertNoCrash(Compilation compilation) {
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String text = d.getMessage(Locale.ROOT);
      assertFalse(text.contains("An annotation processor threw an uncaught exception"), text);
      assertFalse(text.contains("[portcullis:internal]"), text);
    }
  }

  /**
   * Every file the processor wrote under {@code META-INF/portcullis/}, by path relative to it
   * (e.g. {@code model/demo.json}), with its bytes, sorted by path.
   */
  public static Map<String, byte[]> outputs(Compilation compilation) {
    Map<String, byte[]> result = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String name = file.toUri().getPath();
      int at = name.indexOf(OUTPUT_PREFIX);
      if (at >= 0) {
        result.put(name.substring(at + OUTPUT_PREFIX.length()), bytes(file));
      }
    }
    return result;
  }

  /** Every generated Java source, by qualified-ish path ({@code p/DemoDescriptor.java}), with its text. */
  public static Map<String, String> generatedSources(Compilation compilation) {
    Map<String, String> result = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String name = file.toUri().getPath();
      int at = name.indexOf("/SOURCE_OUTPUT/");
      result.put(at >= 0 ? name.substring(at + "/SOURCE_OUTPUT/".length()) : name, text(file));
    }
    return result;
  }

  /** The text of a generated file. */
  public static String text(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] bytes(JavaFileObject file) {
    try (var in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every diagnostic as {@code KIND line N: text}, for failure messages. */
  public static String describe(Compilation compilation) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      out.append(d.getKind()).append(" line ").append(d.getLineNumber()).append(": ")
          .append(d.getMessage(Locale.ROOT)).append('\n');
    }
    return out.toString();
  }
}
