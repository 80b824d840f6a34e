package dev.portcullis.processor;

import dev.portcullis.diagnostics.Message;
import dev.portcullis.model.Product;
import dev.portcullis.plan.RulePlan;
import dev.portcullis.processor.assemble.ModelBuilder;
import dev.portcullis.processor.inspect.Definition;
import dev.portcullis.processor.inspect.Definition.FlowDecl;
import dev.portcullis.processor.inspect.DefinitionInspector;
import dev.portcullis.processor.inspect.Site;
import dev.portcullis.processor.validate.DefinitionValidator;
import dev.portcullis.processor.validate.FlowOverlapCheck;
import dev.portcullis.processor.validate.Reporter;
import dev.portcullis.processor.validate.TreeLocator;
import dev.portcullis.processor.write.OutputDirectory;
import dev.portcullis.processor.write.OutputWriter;
import dev.portcullis.processor.write.WriteException;
import dev.portcullis.render.TemplateException;
import dev.portcullis.format.Finding;
import dev.portcullis.format.GeneratedFile;
import dev.portcullis.format.Limit;
import dev.portcullis.format.RenderContext;
import dev.portcullis.format.Target;
import dev.portcullis.format.TargetOutput;
import dev.portcullis.format.java.DescriptorGenerator;
import com.palantir.javapoet.ClassName;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/**
 * inspect -> validate -> model -> plan -> render (every target) -> write. A product with any error
 * writes nothing; an exception in one product never reaches javac.
 *
 * <p>The phases that read javac's elements (inspect to plan) and everything that reports or goes
 * through the Filer (diagnostics, writes) run on javac's thread, one product after the other, in
 * the order they were submitted. Rendering (targets and the descriptor's source) is a pure function
 * of the plan and runs on worker threads, a few products ahead of the writes, so a build uses
 * more than one core; at most {@link #IN_FLIGHT} products are rendered but not yet written, which
 * bounds the memory.
 */
final class ProductPipeline {
  private final DefinitionInspector inspector;
  private final Messager messager;
  private final TreeLocator locator;
  private final Filer filer;
  private final OutputWriter writer;
  /** Every registered target: all of them check the definition and declare their limits. */
  private final List<Target> allTargets;
  /** The targets that render. */
  private final List<Target> targets;
  private final RenderContext context;
  private final boolean descriptors;
  private final PhaseTimes times;
  /** The directory of -Aportcullis.outputDir, or null: then the files go to CLASS_OUTPUT. */
  private final OutputDirectory outputs;
  /** For the summary: products generated (or verified), their files, warnings printed, products with errors. */
  private int products;
  private int files;
  private int warnings;
  private int failures;
  private int drifts;
  /** Product ids seen in this compilation, for the duplicate check. */
  private final Map<String, String> productIds = new HashMap<>();
  /** Descriptor class names claimed in this compilation, by definition class. */
  private final Map<String, String> descriptorOwners = new HashMap<>();
  /** Products whose rendering was submitted and that are not yet written, oldest first. */
  private final Deque<Pending> pending = new ArrayDeque<>();
  /** Renders on worker threads; created on first use, its threads end when idle. */
  private ThreadPoolExecutor workers;

  /** Products rendered but not yet written, at most: enough to keep the workers busy. */
  static final int IN_FLIGHT = 2 * Runtime.getRuntime().availableProcessors() + 2;

  ProductPipeline(Elements elements, Messager messager, TreeLocator locator, Filer filer, List<Target> allTargets,
      List<Target> targets, RenderContext context, boolean descriptors) {
    this(elements, messager, locator, filer, allTargets, targets, context, descriptors, new PhaseTimes());
  }

  /** @param times where the time of each phase is added (see {@link Options#TIMING}) */
  ProductPipeline(Elements elements, Messager messager, TreeLocator locator, Filer filer, List<Target> allTargets,
      List<Target> targets, RenderContext context, boolean descriptors, PhaseTimes times) {
    this(elements, messager, locator, filer, allTargets, targets, context, descriptors, times, null);
  }

  /** @param outputs the directory of {@link Options#OUTPUT_DIR}, or null to write to CLASS_OUTPUT */
  ProductPipeline(Elements elements, Messager messager, TreeLocator locator, Filer filer, List<Target> allTargets,
      List<Target> targets, RenderContext context, boolean descriptors, PhaseTimes times,
      OutputDirectory outputs) {
    this.outputs = outputs;
    this.inspector = new DefinitionInspector(elements);
    this.messager = messager;
    this.locator = locator;
    this.filer = filer;
    this.writer = new OutputWriter(filer);
    this.allTargets = allTargets;
    this.targets = targets;
    this.context = context;
    this.descriptors = descriptors;
    this.times = times;
  }

  DefinitionInspector inspector() {
    return inspector;
  }

  /** Processes one {@code @Product} class now; returns its model if files were written (or verified). */
  Optional<Product> process(TypeElement type) {
    Product[] written = new Product[1];
    submit(type, p -> written[0] = p);
    drain();
    return Optional.ofNullable(written[0]);
  }

  /**
   * Starts one {@code @Product} class: the phases that read javac's elements run now, rendering on
   * a worker. {@code written} is called (on this thread) with its model once its files are written
   * (or verified), at the latest by {@link #drain()}; never for a product with an error.
   */
  void submit(TypeElement type, Consumer<Product> written) {
    Reporter reporter = new Reporter(messager, locator);
    Pending started = start(type, reporter, written);
    if (started == null) {
      finish(type, reporter, Optional.empty());
      return;
    }
    pending.addLast(started);
    while (pending.size() > IN_FLIGHT || !pending.isEmpty() && pending.peekFirst().rendered().isDone()) {
      complete(pending.removeFirst());
    }
  }

  /** Writes every product submitted, in the order submitted. */
  void drain() {
    while (!pending.isEmpty()) {
      complete(pending.removeFirst());
    }
  }

  /** The end of the compilation: no more products; the worker threads end. */
  void close() {
    drain();
    if (workers != null) {
      workers.shutdown();
      workers = null;
    }
  }

  private void complete(Pending product) {
    Optional<Product> result = write(product);
    finish(product.type(), product.reporter(), result);
    result.ifPresent(product.written());
  }

  private void finish(TypeElement type, Reporter reporter, Optional<Product> result) {
    warnings += reporter.warnings();
    if (result.isEmpty()) {
      failures++;
      if (outputs != null) {
        outputs.failed(type.getQualifiedName().toString());
      }
    }
  }

  int products() {
    return products;
  }

  int files() {
    return files;
  }

  int warnings() {
    return warnings;
  }

  /** Files of the output directory that differ from what the products generate (verify mode). */
  int drifts() {
    return drifts;
  }

  /** Products with an error (they generated nothing). */
  int failures() {
    return failures;
  }

  /** Where the files went, for the summary. */
  String location() {
    return outputs != null ? outputs.root().toString() : writer.location();
  }

  /** A product planned on javac's thread, rendering on a worker. */
  private record Pending(TypeElement type, Reporter reporter, Consumer<Product> written, Definition definition,
      Product product, Future<Rendered> rendered) {}

  /**
   * What a worker made of one product: every target's check findings and declared limits, every
   * selected target's output (or its template error), the descriptor's source, the time of each,
   * and what it threw in which stage. Written by the worker only, read after {@link Future#get}.
   */
  private static final class Rendered {
    final List<List<Finding>> checks = new ArrayList<>();
    final List<List<Limit>> declared = new ArrayList<>();
    final List<TargetResult> targets = new ArrayList<>();
    String descriptor;
    long checkNanos;
    long planNanos;
    long descriptorNanos;
    Throwable failure;
    String failedIn;
  }

  /** One target's output, or the template error it hit. */
  private record TargetResult(Target target, TargetOutput output, TemplateException error, long nanos) {}

  /** inspect -> validate -> model -> plan on javac's thread; null when the product has an error. */
  private Pending start(TypeElement type, Reporter reporter, Consumer<Product> written) {
    String id = "?";
    try {
      long start = System.nanoTime();
      Definition definition = inspector.inspect(type);
      times.add("inspect", start);
      id = definition.id();
      String owner = productIds.putIfAbsent(definition.id(), type.getQualifiedName().toString());
      if (owner != null) {
        reporter.report(Message.DUPLICATE_PRODUCT, definition.site(), "id", definition.id(), owner);
      }
      start = System.nanoTime();
      new DefinitionValidator(reporter).validate(definition);
      times.add("validate", start);
      if (reporter.hasErrors()) {
        return null;
      }
      start = System.nanoTime();
      Product product = new ModelBuilder().build(definition);
      Map<String, FlowDecl> declarations = new HashMap<>();
      definition.flows().forEach(f -> declarations.put(f.id(), f));
      new FlowOverlapCheck(reporter).check(product, declarations);
      times.add("model", start);
      // javac's elements are read here, on its thread: the workers see only the model and names
      ClassName definitionName = descriptors ? ClassName.get(type) : null;
      boolean modelErrors = reporter.hasErrors();
      Future<Rendered> rendered = workers().submit(() -> render(product, modelErrors, definitionName));
      return new Pending(type, reporter, written, definition, product, rendered);
    } catch (RuntimeException | LinkageError e) {
      reporter.report(Message.INTERNAL_ERROR, type, id, e);
    }
    return null;
  }

  private ThreadPoolExecutor workers() {
    if (workers == null) {
      int threads = Runtime.getRuntime().availableProcessors();
      workers = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
        Thread thread = new Thread(task, "portcullis-render");
        thread.setDaemon(true);
        return thread;
      });
      workers.allowCoreThreadTimeOut(true); // a compilation that never closes the pipeline leaves no thread behind
    }
    return workers;
  }

  /**
   * On a worker: every registered target's check, then (unless the model has errors) the plan,
   * every registered target's limits, every selected target's files and the descriptor's source.
   * Reports nothing: {@link #write} reports it all on javac's thread, in this order, and decides.
   */
  private Rendered render(Product product, boolean modelErrors, ClassName definitionName) {
    Rendered result = new Rendered();
    String stage = "check";
    RenderContext productContext = context.forProduct(product);
    try {
      long start = System.nanoTime();
      for (Target target : allTargets) {
        result.checks.add(target.check(product, productContext));
      }
      result.checkNanos = System.nanoTime() - start;
      if (modelErrors) {
        return result; // only the checks are reported
      }
      stage = "plan";
      start = System.nanoTime();
      RulePlan plan = productContext.plan(product);
      List<Limit> limits = new ArrayList<>();
      for (Target target : allTargets) {
        List<Limit> declared = target.limits(plan, productContext);
        limits.addAll(declared);
        result.declared.add(declared);
      }
      result.planNanos = System.nanoTime() - start;
      stage = "render";
      RenderContext limitedContext = productContext.withLimits(limits);
      for (Target target : targets) {
        start = System.nanoTime();
        try {
          result.targets.add(new TargetResult(target, target.render(plan, limitedContext), null,
              System.nanoTime() - start));
        } catch (TemplateException e) {
          result.targets.add(new TargetResult(target, null, e, System.nanoTime() - start));
        }
      }
      stage = "descriptor";
      start = System.nanoTime();
      result.descriptor = definitionName == null ? null : new DescriptorGenerator().source(product, definitionName);
      result.descriptorNanos = System.nanoTime() - start;
    } catch (RuntimeException | LinkageError e) {
      result.failure = e;
      result.failedIn = stage;
    }
    return result;
  }

  /** Rethrows what the worker caught in {@code stage}, as if it had happened on this thread. */
  private static void rethrowIfFailedIn(Rendered rendered, String stage) {
    if (stage.equals(rendered.failedIn)) {
      if (rendered.failure instanceof RuntimeException e) {
        throw e;
      }
      throw (LinkageError) rendered.failure;
    }
  }

  /** On javac's thread: reports what rendering found and writes the files, or nothing on an error. */
  private Optional<Product> write(Pending pending) {
    TypeElement type = pending.type();
    Reporter reporter = pending.reporter();
    Definition definition = pending.definition();
    Product product = pending.product();
    String id = definition.id();
    try {
      Rendered rendered = await(pending.rendered());
      times.addElapsed("check", rendered.checkNanos);
      for (List<Finding> findings : rendered.checks) {
        report(findings, definition, reporter);
      }
      rethrowIfFailedIn(rendered, "check");
      if (reporter.hasErrors()) {
        return Optional.empty();
      }
      times.addElapsed("plan", rendered.planNanos);
      for (int i = 0; i < rendered.declared.size(); i++) {
        if (targets.contains(allTargets.get(i))) {
          report(rendered.declared.get(i).stream().map(Limit::warning).filter(Objects::nonNull).distinct().toList(),
              definition, reporter);
        }
      }
      rethrowIfFailedIn(rendered, "plan");
      List<GeneratedFile> files = new ArrayList<>();
      Set<String> paths = new HashSet<>();
      for (TargetResult result : rendered.targets) {
        times.addElapsed("render." + result.target().name(), result.nanos());
        if (result.error() != null) {
          TemplateException e = result.error();
          reporter.report(Message.TEMPLATE_ERROR, definition.site(), (String) null, e.template(), e.getMessage());
          continue;
        }
        report(result.output().findings(), definition, reporter);
        for (GeneratedFile file : result.output().files()) {
          if (!paths.add(file.path())) {
            throw new IllegalStateException("two targets write " + file.path());
          }
          files.add(file);
        }
      }
      rethrowIfFailedIn(rendered, "render");
      rethrowIfFailedIn(rendered, "descriptor");
      if (descriptors) {
        claimDescriptor(type, definition, reporter);
      }
      if (reporter.hasErrors()) {
        return Optional.empty();
      }
      long start = System.nanoTime();
      String definitionClass = type.getQualifiedName().toString();
      if (outputs == null) {
        writer.write(files, type);
      } else if (outputs.verifying()) {
        // every difference is an error on the definition; the descriptor is still generated below, so
        // the compilation reports the drift and nothing else
        for (OutputDirectory.Drift drift : outputs.verify(definitionClass, files)) {
          reporter.report(Message.OUTPUT_DRIFT, type, drift.file(), drift.kind().text(),
              "product '" + id + "' (" + definitionClass + ")");
          drifts++;
        }
      } else {
        // The model JSON too goes only to the output directory, not through the Filer: the manifest,
        // not the build tool, removes what is no longer generated, and the jar stays free of outputs.
        // Gradle still sees the definition as the origin of its descriptor (written through the Filer).
        outputs.write(definitionClass, files);
      }
      times.add("write", start);
      this.files += files.size();
      products++;
      if (descriptors) {
        start = System.nanoTime();
        times.addElapsed("descriptor", rendered.descriptorNanos);
        JavaFileObject source = filer.createSourceFile(DescriptorGenerator.className(type).canonicalName(), type);
        try (Writer out = source.openWriter()) {
          out.write(rendered.descriptor);
        }
        times.add("descriptor.write", start);
      }
      times.countProduct();
      return Optional.of(product);
    } catch (WriteException e) {
      reporter.report(Message.WRITE_FAILED, type, e.path(), e.getMessage());
    } catch (IOException e) {
      reporter.report(Message.WRITE_FAILED, type, "the Java descriptor of " + id, e.getMessage());
    } catch (RuntimeException | LinkageError e) {
      reporter.report(Message.INTERNAL_ERROR, type, id, e);
    }
    return Optional.empty();
  }

  private static Rendered await(Future<Rendered> rendered) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return rendered.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          // render() catches what a target throws; what is left is an Error of the worker itself
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The targets' files written once per build ({@link Target#renderShared}), at the end of a
   * compilation that generated at least one product. Drifts and errors are reported without an
   * element: these files belong to no definition in particular.
   */
  void writeShared() {
    if (products == 0) {
      return;
    }
    Reporter reporter = new Reporter(messager);
    List<GeneratedFile> files = new ArrayList<>();
    try {
      for (Target target : targets) {
        files.addAll(target.renderShared(context).files());
      }
      if (outputs == null) {
        writer.write(files, null);
      } else if (outputs.verifying()) {
        for (OutputDirectory.Drift drift : outputs.verify(OutputDirectory.SHARED, files)) {
          reporter.reportGlobal(Message.OUTPUT_DRIFT, drift.file(), drift.kind().text(), "every product");
          drifts++;
        }
      } else {
        outputs.write(OutputDirectory.SHARED, files);
      }
      this.files += files.size();
    } catch (TemplateException e) {
      reporter.reportGlobal(Message.TEMPLATE_ERROR, e.template(), e.getMessage());
    } catch (WriteException e) {
      reporter.reportGlobal(Message.WRITE_FAILED, e.path(), e.getMessage());
    } catch (RuntimeException | LinkageError e) {
      reporter.reportGlobal(Message.INTERNAL_ERROR, "the files of every product", e);
    }
  }

  /**
   * Claims the descriptor's class name before anything is written: {@code p.Outer.Inner} and a
   * top-level {@code p.Outer_Inner} both get {@code p.Outer_InnerDescriptor}, and the Filer would
   * refuse the second only after its other files were written.
   */
  private void claimDescriptor(TypeElement type, Definition definition, Reporter reporter) {
    String descriptor = DescriptorGenerator.className(type).canonicalName();
    String owner = descriptorOwners.putIfAbsent(descriptor, type.getQualifiedName().toString());
    if (owner != null) {
      reporter.report(Message.WRITE_FAILED, definition.site(), (String) null, descriptor,
          "it is already generated for " + owner + "; rename one of the two classes");
    }
  }

  private static void report(List<Finding> findings, Definition definition, Reporter reporter) {
    for (Finding finding : findings) {
      reporter.report(finding.message(), siteOf(finding, definition), finding.subject().attribute(),
          finding.args().toArray());
    }
  }

  private static Site siteOf(Finding finding, Definition d) {
    return switch (finding.subject().kind()) {
      case FLOW -> d.flows().stream().filter(f -> f.id().equals(finding.subject().ref()))
          .map(FlowDecl::site).findFirst().orElse(d.site());
      case ZONE -> d.zones().stream().filter(z -> z.id().equals(finding.subject().ref()))
          .map(Definition.ZoneDecl::site).findFirst().orElse(d.site());
      case COMPONENT -> d.components().stream().filter(c -> c.id().equals(finding.subject().ref()))
          .map(Definition.ComponentDecl::site).findFirst().orElse(d.site());
      case PREREQUISITE -> d.sysctls().stream().filter(s -> s.key().equals(finding.subject().ref()))
          .map(Definition.SysctlDecl::site).findFirst()
          .orElse(finding.subject().ref().equals("forwarding") && d.allowForwarding() != null
              ? d.allowForwarding().site()
              : finding.subject().ref().equals("outgoing") && d.allowOutgoing() != null
                  ? d.allowOutgoing().site()
                  : d.site());
      case PRODUCT -> d.site();
    };
  }
}
