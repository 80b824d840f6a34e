package dev.portcullis.processor;

import dev.portcullis.diagnostics.Message;
import dev.portcullis.processor.inspect.DefinitionInspector;
import dev.portcullis.processor.inspect.Site;
import dev.portcullis.processor.validate.Reporter;
import dev.portcullis.processor.validate.TreeLocator;
import dev.portcullis.render.TemplateEngine;
import dev.portcullis.format.RenderContext;
import dev.portcullis.format.Target;
import dev.portcullis.format.Targets;
import dev.portcullis.format.java.DescriptorGenerator;
import dev.portcullis.processor.write.OutputDirectory;
import dev.portcullis.processor.write.WriteException;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The javac entry point. Thin on purpose: it finds {@code @Product} classes and hands each to a
 * {@link ProductPipeline}; it never claims the annotations, so other processors still see them.
 */
public final class PortcullisProcessor extends AbstractProcessor {
  private static final String ANNOTATIONS = "dev.portcullis.annotations.";

  private ProductPipeline pipeline;
  private TreeLocator locator;
  /** Whether descriptors are generated; without them the catalog must name none. */
  private boolean descriptors;
  /** Generated descriptor classes, for the ServiceLoader catalog written in the last round. */
  private final Set<String> descriptorClasses = new TreeSet<>();
  private final PhaseTimes times = new PhaseTimes();
  private boolean timing;
  /** The directory of -Aportcullis.outputDir, or null. */
  private OutputDirectory outputs;

  /**
   * Every annotation ({@code *}), not only Portcullis's: javac calls a processor only in
   * compilations that hold one of its annotations, and the processor must also run when the last
   * definition was removed (to remove its files from the output directory) and say that it found
   * no {@code @Product}. It never claims anything.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Options.SUPPORTED;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    long start = System.nanoTime();
    super.init(env);
    Reporter optionReporter = new Reporter(env.getMessager());
    List<Target> all = Targets.all();
    Options options = Options.parse(env.getOptions(), all, optionReporter);
    List<Target> selected = all.stream().filter(t -> options.targets().contains(t.name())).toList();
    RenderContext context = new RenderContext(new TemplateEngine(options.templates()), options.values(),
        PortcullisProcessor.class.getName());
    locator = TreeLocator.of(env);
    descriptors = options.descriptors();
    if (options.outputDir() != null) {
      try {
        outputs = OutputDirectory.open(options.outputDir(), options.verify());
      } catch (WriteException e) {
        optionReporter.reportGlobal(Message.WRITE_FAILED, e.path(), e.getMessage());
        selected = List.of(); // a manifest that cannot be trusted: render and write no file at all
      }
    }
    pipeline = new ProductPipeline(env.getElementUtils(), env.getMessager(), locator, env.getFiler(), all,
        selected, context, options.descriptors(), times, outputs);
    timing = options.timing();
    times.addTotal(System.nanoTime() - start);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    long start = System.nanoTime();
    TypeElement product = processingEnv.getElementUtils().getTypeElement(DefinitionInspector.PRODUCT);
    if (product != null) {
      round.getElementsAnnotatedWith(product).stream()
          .filter(e -> e instanceof TypeElement)
          .map(e -> (TypeElement) e)
          .sorted(Comparator.comparing(t -> t.getQualifiedName().toString()))
          .forEach(type -> pipeline.process(type)
              .filter(p -> descriptors)
              .ifPresent(p -> descriptorClasses.add(DescriptorGenerator.className(type).reflectionName())));
      reportMisplaced(round);
    }
    if (round.processingOver() && !descriptorClasses.isEmpty()) {
      writeCatalog();
    }
    if (round.processingOver()) {
      pipeline.writeShared();
      finishOutputs();
      summarize();
    }
    times.addTotal(System.nanoTime() - start);
    if (round.processingOver() && timing) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, times.summary());
    }
    return false;
  }

  /**
   * Removes (or, verifying, reports) the files of definitions that are gone and writes the
   * manifest. A definition this compilation did not see but that still exists as a class
   * annotated {@code @Product} keeps its files.
   */
  private void finishOutputs() {
    if (outputs == null) {
      return;
    }
    Reporter reporter = new Reporter(processingEnv.getMessager());
    try {
      for (OutputDirectory.Drift drift : outputs.finish(this::stillDefined)) {
        reporter.reportGlobal(Message.OUTPUT_DRIFT, drift.file(), drift.kind().text(),
            drift.definition() == null ? "the output directory's manifest"
                : drift.definition().equals(OutputDirectory.SHARED) ? "every product, and no product is left"
                : "definition " + drift.definition() + ", which no longer exists");
        leftovers++;
      }
    } catch (WriteException e) {
      reporter.reportGlobal(Message.WRITE_FAILED, e.path(), e.getMessage());
    }
  }

  private int leftovers;

  private boolean stillDefined(String definitionClass) {
    TypeElement type = processingEnv.getElementUtils().getTypeElement(definitionClass);
    return type != null && type.getAnnotationMirrors().stream()
        .anyMatch(m -> m.getAnnotationType().toString().equals(DefinitionInspector.PRODUCT));
  }

  /** One note per compilation: how many products and files, where they went, how many warnings. */
  private void summarize() {
    int products = pipeline.products();
    int failures = pipeline.failures();
    StringBuilder text = new StringBuilder("[portcullis:summary] ");
    String where = pipeline.location();
    if (products + failures == 0) {
      text.append("no class annotated @").append(DefinitionInspector.PRODUCT)
          .append(" in this compilation: nothing generated");
      if (outputs != null && !outputs.verifying() && outputs.filesRemoved() > 0) {
        text.append("; ").append(count(outputs.filesRemoved(), "file")).append(" of removed definitions removed from ")
            .append(where);
      }
    } else if (outputs != null && outputs.verifying()) {
      int drifts = pipeline.drifts() + leftovers;
      text.append(count(products, "product")).append(", ").append(count(pipeline.files(), "file"))
          .append(" verified in ").append(where).append(": ")
          .append(drifts == 0 ? "up to date" : count(drifts, "file") + " out of date (see the errors)");
    } else {
      text.append(count(products, "product")).append(", ").append(count(pipeline.files(), "file"))
          .append(" written to ").append(where);
      if (outputs != null) {
        text.append(" (").append(outputs.filesUnchanged()).append(" unchanged");
        if (outputs.filesRemoved() > 0) {
          text.append(", ").append(count(outputs.filesRemoved(), "file")).append(" no longer generated removed");
        }
        text.append(")");
      }
    }
    if (products + failures > 0) {
      text.append(", ").append(count(pipeline.warnings(), "warning"));
    }
    if (failures > 0) {
      text.append("; ").append(count(failures, "product")).append(" with errors generated nothing");
    }
    processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, text);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** {@code @Flow} and friends on a class (or a field of a class) without {@code @Product}. */
  private void reportMisplaced(RoundEnvironment round) {
    Reporter reporter = new Reporter(processingEnv.getMessager(), locator);
    for (String name : List.of("Flow", "Flow.List", "Component", "Component.List", "Zone", "Zone.List",
        "Feature", "Feature.List", "Sysctl", "Sysctl.List", "Note", "Note.List", "AllowOutgoing",
        "AllowForwarding")) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(ANNOTATIONS + name);
      if (annotation == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        Element owner = element instanceof TypeElement ? element : element.getEnclosingElement();
        if (owner.getAnnotationMirrors().stream()
            .noneMatch(m -> m.getAnnotationType().toString().equals(DefinitionInspector.PRODUCT))) {
          for (AnnotationMirror written : written(element, annotation)) {
            reporter.report(Message.MISPLACED, new Site(element, written), (String) null, name.replace(".List", ""));
          }
        }
      }
    }
  }

  /**
   * The annotations of type {@code annotation} as written on {@code element}: the annotation
   * itself, or for a container ({@code @Flow.List}) each annotation it holds, so every misplaced
   * one is reported on its own line.
   */
  private List<AnnotationMirror> written(Element element, TypeElement annotation) {
    List<AnnotationMirror> result = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (!mirror.getAnnotationType().asElement().equals(annotation)) {
        continue;
      }
      if (!annotation.getSimpleName().contentEquals("List")) {
        result.add(mirror);
        continue;
      }
      mirror.getElementValues().forEach((key, value) -> {
        if (key.getSimpleName().contentEquals("value") && value.getValue() instanceof List<?> items) {
          for (Object item : items) {
            if (item instanceof AnnotationValue v && v.getValue() instanceof AnnotationMirror inner) {
              result.add(inner);
            }
          }
        }
      });
    }
    return result;
  }

  /** {@code META-INF/services/dev.portcullis.descriptor.ProductDescriptor}, sorted. */
  private void writeCatalog() {
    try {
      FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
          "META-INF/services/" + DescriptorGenerator.SERVICE);
      try (Writer out = file.openWriter()) {
        for (String name : descriptorClasses) {
          out.write(name + "\n");
        }
      }
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          Message.WRITE_FAILED.format("the descriptor catalog", e.getMessage()));
    }
  }
}
