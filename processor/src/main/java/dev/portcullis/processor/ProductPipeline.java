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
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * inspect -> validate -> model -> render (every target) -> write, for one product at a time. A
 * product with any error writes nothing; an exception in one product never reaches javac.
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

  /** Processes one {@code @Product} class; returns its model if files were written (or verified). */
  Optional<Product> process(TypeElement type) {
    Reporter reporter = new Reporter(messager, locator);
    Optional<Product> result = process(type, reporter);
    warnings += reporter.warnings();
    if (result.isEmpty()) {
      failures++;
      if (outputs != null) {
        outputs.failed(type.getQualifiedName().toString());
      }
    }
    return result;
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

  private Optional<Product> process(TypeElement type, Reporter reporter) {
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
        return Optional.empty();
      }
      start = System.nanoTime();
      Product product = new ModelBuilder().build(definition);
      Map<String, FlowDecl> declarations = new HashMap<>();
      definition.flows().forEach(f -> declarations.put(f.id(), f));
      new FlowOverlapCheck(reporter).check(product, declarations);
      for (Target target : allTargets) {
        report(target.check(product, context), definition, reporter);
      }
      times.add("model", start);
      if (reporter.hasErrors()) {
        return Optional.empty();
      }
      start = System.nanoTime();
      RulePlan plan = RulePlan.of(product);
      List<Limit> limits = new ArrayList<>();
      for (Target target : allTargets) {
        List<Limit> declared = target.limits(plan, context);
        limits.addAll(declared);
        if (targets.contains(target)) {
          report(declared.stream().map(Limit::warning).filter(Objects::nonNull).distinct().toList(), definition,
              reporter);
        }
      }
      times.add("plan", start);
      List<GeneratedFile> files = render(plan, context.withLimits(limits), definition, reporter);
      if (descriptors) {
        claimDescriptor(type, definition, reporter);
      }
      if (reporter.hasErrors()) {
        return Optional.empty();
      }
      start = System.nanoTime();
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
        new DescriptorGenerator().generate(product, type).writeTo(filer);
        times.add("descriptor", start);
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

  private List<GeneratedFile> render(RulePlan plan, RenderContext context, Definition definition,
      Reporter reporter) {
    List<GeneratedFile> files = new ArrayList<>();
    Set<String> paths = new HashSet<>();
    for (Target target : targets) {
      TargetOutput output;
      try {
        long start = System.nanoTime();
        output = target.render(plan, context);
        times.add("render." + target.name(), start);
      } catch (TemplateException e) {
        reporter.report(Message.TEMPLATE_ERROR, definition.site(), (String) null, e.template(), e.getMessage());
        continue;
      }
      report(output.findings(), definition, reporter);
      for (GeneratedFile file : output.files()) {
        if (!paths.add(file.path())) {
          throw new IllegalStateException("two targets write " + file.path());
        }
        files.add(file);
      }
    }
    return files;
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
