package dev.portcullis.format.terraform;

import dev.portcullis.plan.RulePlan;
import dev.portcullis.diagnostics.Message;
import dev.portcullis.model.Flow;
import dev.portcullis.model.Product;
import dev.portcullis.model.Transport;
import dev.portcullis.model.Zone;
import dev.portcullis.render.Literals;
import dev.portcullis.render.TemplateEngine;
import dev.portcullis.format.Finding;
import dev.portcullis.format.RenderContext;
import dev.portcullis.format.Subject;
import dev.portcullis.format.Target;
import dev.portcullis.format.TargetOutput;
import java.util.List;
import java.util.Map;

/**
 * {@code terraform/aws/<product>/}: a Terraform module with one AWS security group per component
 * and one rule resource per rule, keyed stably, within AWS's rule quota, plus a README and
 * {@code examples/basic}. The rules are planned by {@link RulePlanner}, fitted to the quota by
 * {@link QuotaFitter} and written by the templates in {@code templates/terraform/}.
 */
public final class TerraformTarget implements Target {
  private static final String TEMPLATES = "terraform/";

  @Override
  public String name() {
    return "terraform";
  }

  @Override
  public TargetOutput render(RulePlan plan, RenderContext context) {
    Product product = plan.product();
    Map<String, List<RuleUnit>> rules = new RulePlanner(product).plan();
    List<GroupPlan> groups = new QuotaFitter(product, QuotaFitter.AWS_DEFAULT_QUOTA).fit(rules);
    String header = Literals.commentLine(context.header(product));
    List<VariableView> variables = ModuleVariables.of(product);
    OutputsView outputs = OutputsView.of(product, header, groups);
    TemplateEngine templates = context.templates();
    String dir = "terraform/aws/" + product.id() + "/";

    TargetOutput.Builder out = new TargetOutput.Builder();
    out.file(dir + "versions.tf", templates.render(TEMPLATES + "versions.tf.mustache", new HeaderView(header)));
    out.file(dir + "variables.tf", templates.render(TEMPLATES + "variables.tf.mustache",
        new VariablesView(header, variables)));
    out.file(dir + "main.tf", templates.render(TEMPLATES + "main.tf.mustache", MainView.of(product, header, groups)));
    out.file(dir + "outputs.tf", templates.render(TEMPLATES + "outputs.tf.mustache", outputs));
    out.file(dir + "README.md", templates.render(TEMPLATES + "README.md.mustache",
        ReadmeView.of(product, header.replace("--", "- -"), groups, variables, outputs.rows())));
    out.file(dir + "examples/basic/main.tf", templates.render(TEMPLATES + "examples/basic/main.tf.mustache",
        new ExampleView(header, product.id())));
    out.file(dir + "LICENSE", templates.render("common/LICENSE.mustache", java.util.Map.of())); // the module's licence
    findings(product, out);
    return out.build();
  }

  private static void findings(Product product, TargetOutput.Builder out) {
    for (Zone zone : ModuleVariables.usedZones(product)) {
      if (zone.hasNoDefaults()) {
        out.finding(Finding.of(Message.ZONE_WITHOUT_DEFAULTS, Subject.zone(zone.id()), zone.id(),
            "the Terraform module", "set " + ZoneVariables.ipv4(zone.id()) + ", " + ZoneVariables.ipv6(zone.id())
                + " or " + ZoneVariables.prefixLists(zone.id())));
      }
    }
    for (Flow flow : product.flows()) {
      if (flow.transports().contains(Transport.SCTP)) {
        out.finding(Finding.of(Message.AWS_SCTP_PORTS, Subject.flow(flow), flow.id()));
      }
    }
  }

  /** The scope of a template that needs only the header. */
  public record HeaderView(String header) {}

  /** The scope of {@code variables.tf.mustache}. */
  public record VariablesView(String header, List<VariableView> variables) {}

  /** The scope of {@code examples/basic/main.tf.mustache}. */
  public record ExampleView(String header, String module) {}
}
