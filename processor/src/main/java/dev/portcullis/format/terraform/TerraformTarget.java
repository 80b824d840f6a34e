package dev.portcullis.format.terraform;

import dev.portcullis.diagnostics.Message;
import dev.portcullis.format.Finding;
import dev.portcullis.format.Limit;
import dev.portcullis.format.RenderContext;
import dev.portcullis.format.Subject;
import dev.portcullis.format.Target;
import dev.portcullis.format.TargetOutput;
import dev.portcullis.model.Component;
import dev.portcullis.model.Flow;
import dev.portcullis.model.PortRange;
import dev.portcullis.model.Product;
import dev.portcullis.model.SysctlSetting;
import dev.portcullis.model.Transport;
import dev.portcullis.model.Zone;
import dev.portcullis.plan.PlannedRule;
import dev.portcullis.plan.RulePlan;
import dev.portcullis.render.Literals;
import dev.portcullis.render.TemplateEngine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code terraform/aws/<product>/}: a Terraform module with one AWS security group per component
 * and one rule resource per rule, keyed stably, within AWS's rule quota, plus a README and
 * {@code examples/basic}. It formats the product's {@link RulePlan} ({@link RulePlanner}), fits
 * the rules to the quota ({@link QuotaFitter}) and writes them with the templates in
 * {@code templates/terraform/}. What it cannot express is declared in {@link #limits}; what it
 * cannot generate is found by {@link #check}.
 */
public final class TerraformTarget implements Target {
  /** How the docs page names this target. */
  static final String LIMIT_TARGET = "Terraform (AWS security groups)";
  private static final String TEMPLATES = "terraform/";

  @Override
  public String name() {
    return "terraform";
  }

  /** Names the module would use twice: two variables, or an extra group named as a component. */
  @Override
  public List<Finding> check(Product product, RenderContext context) {
    RulePlan plan = context.plan(product);
    List<Finding> findings = new ArrayList<>();
    for (ModuleVariables.Clash clash : ModuleVariables.clashes(plan)) {
      findings.add(Finding.of(Message.TERRAFORM_NAME_CLASH, subjectOf(product, clash.second().definitionVariable()),
          "variable", clash.name(), clash.first(), clash.second().origin()));
    }
    // the groups of a split are named <component>_part<N> at plan time: no component may be named so
    List<String> components = product.components().stream().map(Component::id).toList();
    for (String named : components) {
      for (String other : components) {
        java.util.regex.Matcher part = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(other)
            + "_part(\\d+)").matcher(named);
        if (part.matches() && Integer.parseInt(part.group(1)) > 1) {
          findings.add(Finding.of(Message.TERRAFORM_NAME_CLASH, Subject.product(), "security group", named,
              "component " + named, "part " + part.group(1) + " of the rules of component " + other));
        }
      }
    }
    return findings;
  }

  /** The attribute that declares a variable of the definition, or the product. */
  private static Subject subjectOf(Product product, String variable) {
    if (variable != null) {
      for (Flow flow : product.flows()) {
        if (variable.equals(flow.portVariable())) {
          return Subject.flow(flow).on("portVariable");
        }
        if (variable.equals(flow.protocolVariable())) {
          return Subject.flow(flow).on("protocolVariable");
        }
        if (flow.instances() != null && variable.equals(flow.instances().variable())) {
          return Subject.flow(flow).on("instances");
        }
      }
    }
    return Subject.product();
  }

  @Override
  public List<Limit> limits(RulePlan plan, RenderContext context) {
    Product product = plan.product();
    List<Limit> limits = new ArrayList<>();
    Set<String> sctpFlows = new LinkedHashSet<>();
    Set<String> icmpFlows = new LinkedHashSet<>();
    for (PlannedRule rule : plan.rules()) {
      if (rule.protocol().transport() == Transport.SCTP) {
        sctpFlows.addAll(rule.flows());
      }
      if (rule.protocol().isIcmp() && !rule.icmp().hasV6()) {
        icmpFlows.addAll(rule.flows());
      }
    }
    for (Flow flow : product.flows()) {
      if (sctpFlows.contains(flow.id()) && flow.transports().contains(Transport.SCTP)) {
        limits.add(new Limit(LIMIT_TARGET, "flow " + flow.id() + " on " + flow.component() + " (SCTP "
            + ports(flow.ports()) + ")", "Security groups cannot filter SCTP by port: the module's rule (protocol"
            + " 132) allows every SCTP port from the peer.", Finding.of(Message.AWS_SCTP_PORTS, Subject.flow(flow),
            flow.id())));
      }
    }
    for (Flow flow : product.flows()) {
      if (icmpFlows.contains(flow.id()) && flow.isIcmp() && !flow.icmp().hasV6()) {
        limits.add(Limit.documented(LIMIT_TARGET, "flow " + flow.id() + " on " + flow.component() + " (ICMP type "
            + flow.icmp().type() + ")", "ICMP type " + flow.icmp().type() + " has no ICMPv6 counterpart: the"
            + " module opens it for IPv4 peers and the groups it references, and gives the zones' IPv6 CIDRs no"
            + " rule for it."));
      }
    }
    for (SysctlSetting s : product.prerequisites().sysctls()) {
      limits.add(Limit.documented(LIMIT_TARGET, "sysctl " + s.key() + " = " + s.value(), "Security groups do not"
          + " configure hosts: set it on the instances (the Ansible role does); the module's README lists it."));
    }
    if (product.prerequisites().requiresForwarding()) {
      limits.add(Limit.documented(LIMIT_TARGET, "packet forwarding allowed", "Security groups do not configure"
          + " hosts: allow forwarding on the instances (the Ansible role does) and disable the source/destination"
          + " check of their network interfaces; the module's README lists it."));
    }
    limits.addAll(dev.portcullis.format.HostNameLimits.of(plan, LIMIT_TARGET, "the Terraform module",
        zone -> "set " + ZoneVariables.ipv4(zone.id()) + " and/or " + ZoneVariables.ipv6(zone.id())
            + " to their addresses"));
    for (Zone zone : plan.zonesInUse()) {
      if (!zone.hasNoDefaults()) {
        continue;
      }
      Finding warning = Finding.of(Message.ZONE_WITHOUT_DEFAULTS, Subject.zone(zone.id()), zone.id(),
          "the Terraform module", "set " + ZoneVariables.ipv4(zone.id()) + ", " + ZoneVariables.ipv6(zone.id())
              + ", " + ZoneVariables.prefixLists(zone.id()) + " or " + ZoneVariables.securityGroups(zone.id()));
      if (zone.localSubnet()) {
        limits.add(new Limit(LIMIT_TARGET, "zone " + zone.id() + " (the host's local subnet)", "The host's own"
            + " subnet is only known on the host: the Ansible role resolves it from the host's facts, while the"
            + " module opens nothing for the zone until you give it CIDRs (" + ZoneVariables.ipv4(zone.id()) + ", "
            + ZoneVariables.ipv6(zone.id()) + ").", warning));
      } else {
        limits.add(new Limit(LIMIT_TARGET, "zone " + zone.id(), "The zone has no default addresses, so the module"
            + " opens nothing for it until you set " + ZoneVariables.ipv4(zone.id()) + ", "
            + ZoneVariables.ipv6(zone.id()) + ", " + ZoneVariables.prefixLists(zone.id()) + " or "
            + ZoneVariables.securityGroups(zone.id()) + ".", warning));
      }
    }
    for (Component peer : plan.peerComponents()) {
      limits.add(Limit.documented(LIMIT_TARGET, "component " + peer.id() + " as a peer", "A component peer is its"
          + " security group: only instances in the VPC (or a peered VPC of the region) that join the group are"
          + " matched; instances outside the VPC (over the internet, behind NAT) are matched by their addresses,"
          + " given in " + ComponentVariables.externalIpv4(peer.id()) + " and "
          + ComponentVariables.externalIpv6(peer.id()) + "."));
    }
    return limits;
  }

  @Override
  public TargetOutput render(RulePlan plan, RenderContext context) {
    Product product = plan.product();
    Map<String, List<RuleUnit>> units = new RulePlanner(plan).plan();
    List<GroupPlan> groups = new QuotaFitter(product, QuotaFitter.AWS_DEFAULT_QUOTA).fit(units);
    String header = Literals.commentLine(context.header(product));
    String title = Literals.commentLine(product.title());
    List<VariableView> variables = ModuleVariables.of(plan);
    OutputsView outputs = OutputsView.of(product, header);
    TemplateEngine templates = context.templates();
    String dir = "terraform/aws/" + product.id() + "/";
    MainView main = new MainView(header, title);

    TargetOutput.Builder out = new TargetOutput.Builder();
    out.file(dir + "versions.tf", templates.render(TEMPLATES + "versions.tf.mustache", main));
    out.file(dir + "variables.tf", templates.render(TEMPLATES + "variables.tf.mustache",
        new VariablesView(header, variables)));
    out.file(dir + "main.tf", templates.render(TEMPLATES + "main.tf.mustache", main));
    out.file(dir + "rules.tf", templates.render(TEMPLATES + "rules.tf.mustache",
        RulesView.of(plan, header, title, units)));
    out.file(dir + "moved.tf", templates.render(TEMPLATES + "moved.tf.mustache", MovedView.of(header, groups)));
    out.file(dir + "outputs.tf", templates.render(TEMPLATES + "outputs.tf.mustache", outputs));
    for (String file : List.of("main.tf", "variables.tf", "versions.tf")) {
      out.file(dir + "modules/rules/" + file, templates.render(TEMPLATES + "modules/rules/" + file + ".mustache", main));
    }
    out.file(dir + "README.md", templates.render(TEMPLATES + "README.md.mustache",
        ReadmeView.of(plan, header.replace("--", "- -"), groups, units, variables, outputs.rows())));
    out.file(dir + "examples/basic/main.tf", templates.render(TEMPLATES + "examples/basic/main.tf.mustache",
        new ExampleView(header, product.id())));
    out.file(dir + "examples/basic/versions.tf", templates.render(TEMPLATES + "examples/basic/versions.tf.mustache",
        main));
    out.file(dir + "LICENSE", templates.render("common/LICENSE.mustache", java.util.Map.of())); // the module's licence
    return out.build();
  }

  private static String ports(List<PortRange> ranges) {
    return String.join(", ", ranges.stream().map(Object::toString).toList());
  }

  /** The scope of {@code moved.tf.mustache}: the groups of modules generated before, at the defaults. */
  public record MovedView(String header, List<MovedGroup> groups) {
    static MovedView of(String header, List<GroupPlan> groups) {
      return new MovedView(header, groups.stream().map(g -> new MovedGroup(g.name())).toList());
    }
  }

  /** A group whose resources moved. */
  public record MovedGroup(String name) {}

  /** The scope of {@code variables.tf.mustache}. */
  public record VariablesView(String header, List<VariableView> variables) {}

  /** The scope of {@code examples/basic/main.tf.mustache}. */
  public record ExampleView(String header, String module) {}
}
