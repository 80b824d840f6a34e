import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * An annotation processor that generates one tiny source file in its first round and nothing
 * else: what javac costs with any processor that generates Java source, as Portcullis does (its
 * descriptors). A generated source makes javac run one more round, and javac enters every tree
 * of the compilation again at the start of each round and once more after the last, so this is
 * a higher floor than {@code NoOpProcessor} (BENCHMARKS.md).
 *
 * <pre>
 * javac -d /tmp/genone product-defs/src/test/bench/GenOneProcessor.java
 * javac --release 17 -encoding UTF-8 -implicit:none -cp &lt;processor jar&gt; -processorpath /tmp/genone \
 *     -processor GenOneProcessor -d out @product-defs/target/bench/n1000/sources.txt
 * </pre>
 */
public class GenOneProcessor extends AbstractProcessor {
  private boolean generated;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!generated) {
      generated = true;
      try (Writer out = processingEnv.getFiler().createSourceFile("portcullis.bench.Generated").openWriter()) {
        out.write("package portcullis.bench;\n\npublic final class Generated {\n  private Generated() {}\n}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
