package dev.portcullis.hostile;

import dev.portcullis.model.Product;
import dev.portcullis.render.TemplateEngine;
import dev.portcullis.format.Finding;
import dev.portcullis.format.GeneratedFile;
import dev.portcullis.format.Limit;
import dev.portcullis.format.RenderContext;
import dev.portcullis.format.Target;
import dev.portcullis.format.TargetOutput;
import dev.portcullis.format.Targets;
import dev.portcullis.plan.RulePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every registered target's output for one product, as the processor would render it. */
record Outputs(Map<String, Map<String, String>> filesByTarget, Map<String, List<String>> findingsByTarget) {
  /** The generator named in headers (the processor's class, as in a real build). */
  static final String GENERATOR = "dev.portcullis.processor.PortcullisProcessor";

  /** Templates compile once per engine; sharing one keeps the properties fast. */
  private static final RenderContext CONTEXT = new RenderContext(new TemplateEngine(null), Map.of(), GENERATOR);

  static List<Target> targets() {
    return Targets.all();
  }

  static Outputs of(Product product) {
    Map<String, Map<String, String>> files = new TreeMap<>();
    Map<String, List<String>> findings = new TreeMap<>();
    RulePlan plan = RulePlan.of(product);
    // as the pipeline does: every target declares its limits, and the docs page lists them all
    List<Limit> limits = new ArrayList<>();
    for (Target target : targets()) {
      limits.addAll(target.limits(plan, CONTEXT));
    }
    RenderContext context = CONTEXT.withLimits(limits);
    for (Target target : targets()) {
      TargetOutput output = target.render(plan, context);
      Map<String, String> byPath = new TreeMap<>();
      for (GeneratedFile file : output.files()) {
        byPath.put(file.path(), file.text());
      }
      files.put(target.name(), byPath);
      findings.put(target.name(), output.findings().stream().map(Finding::message).map(Enum::name).sorted().toList());
    }
    return new Outputs(files, findings);
  }
}
