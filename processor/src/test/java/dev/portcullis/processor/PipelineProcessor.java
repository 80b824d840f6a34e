package dev.portcullis.processor;

import dev.portcullis.processor.inspect.DefinitionInspector;
import dev.portcullis.processor.validate.TreeLocator;
import dev.portcullis.render.TemplateEngine;
import dev.portcullis.format.RenderContext;
import dev.portcullis.format.Target;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor that runs the real {@link ProductPipeline} with targets chosen by a test (one that
 * throws, one that renders a broken template, one that reports findings), to check how the
 * pipeline contains what a target does wrong, or targets that declare made-up limits).
 */
public final class PipelineProcessor extends AbstractProcessor {
  private final List<Target> allTargets;
  private final List<Target> targets;
  private final Path templates;
  private final String generator;
  private ProductPipeline pipeline;

  PipelineProcessor(List<Target> targets, Path templates) {
    this(targets, targets, templates, "test");
  }

  /**
   * @param allTargets the registered targets (all check and declare limits)
   * @param targets the selected ones (they render)
   * @param templates a template override directory, or null
   * @param generator the generator named in every file's header
   */
  public PipelineProcessor(List<Target> allTargets, List<Target> targets, Path templates, String generator) {
    this.allTargets = allTargets;
    this.targets = targets;
    this.templates = templates;
    this.generator = generator;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.portcullis.annotations.*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    RenderContext context = new RenderContext(new TemplateEngine(templates), Map.of(), generator);
    pipeline = new ProductPipeline(env.getElementUtils(), env.getMessager(), TreeLocator.of(env), env.getFiler(),
        allTargets, targets, context, false);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement product = processingEnv.getElementUtils().getTypeElement(DefinitionInspector.PRODUCT);
    round.getElementsAnnotatedWith(product).stream()
        .map(TypeElement.class::cast)
        .sorted(Comparator.comparing(t -> t.getQualifiedName().toString()))
        .forEach(type -> pipeline.submit(type, written -> { }));
    pipeline.drain();
    if (round.processingOver()) {
      pipeline.close();
    }
    return false;
  }
}
