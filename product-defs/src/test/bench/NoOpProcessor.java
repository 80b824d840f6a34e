import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * An annotation processor that reads nothing, generates nothing and claims nothing: what javac
 * costs with any processor at all, the floor under Portcullis's overhead (BENCHMARKS.md). javac
 * runs a second round for every processor and enters every tree of the compilation again in it.
 *
 * <pre>
 * javac -d /tmp/noop product-defs/src/test/bench/NoOpProcessor.java
 * javac --release 17 -encoding UTF-8 -implicit:none -cp &lt;processor jar&gt; -processorpath /tmp/noop \
 *     -processor NoOpProcessor -d out @product-defs/target/bench/n1000/sources.txt
 * </pre>
 */
public class NoOpProcessor extends AbstractProcessor {
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
    return false;
  }
}
