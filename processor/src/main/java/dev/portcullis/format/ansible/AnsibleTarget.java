package dev.portcullis.format.ansible;

import dev.portcullis.plan.RulePlan;
import dev.portcullis.diagnostics.Message;
import dev.portcullis.model.Flow;
import dev.portcullis.model.Icmp;
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
import java.util.TreeMap;

/**
 * {@code ansible/roles/<product>_firewall/}: an Ansible role with a ufw and an iptables backend.
 *
 * <p>The generator writes the product's flows as data (the flow table in {@code vars/main.yml},
 * with Jinja references where a variable moves a port, switches a protocol, counts instances or
 * gates a feature) and the role's filter plugin turns that table and the variables into rules on
 * the host, so both backends open exactly the same flows, within ufw's and multiport's limit of
 * 15 ports a rule. The rest of the role (preflight, prerequisites, backends, persistence) is the
 * same for every product apart from names, in {@code templates/ansible/}.
 */
public final class AnsibleTarget implements Target {
  private static final String TEMPLATES = "ansible/";
  /** ICMP types ufw's default before.rules accept, so a flow of them loses nothing under ufw. */
  private static final List<Integer> UFW_BEFORE_RULES_ICMP = List.of(3, 8, 11, 12);

  @Override
  public String name() {
    return "ansible";
  }

  @Override
  public TargetOutput render(RulePlan plan, RenderContext context) {
    Product product = plan.product();
    RoleNames names = RoleNames.of(product);
    String header = context.header(product);
    RoleView role = RoleView.of(product, names, header);
    List<RoleVariable> variables = RoleVariables.of(product, names);
    TemplateEngine templates = context.templates();
    String dir = "ansible/roles/" + names.role() + "/";

    TargetOutput.Builder out = new TargetOutput.Builder();
    if (!clashes(variables, product, out)) {
      return out.build();
    }
    VariablesView variablesView = VariablesView.of(names.role(), header, product.id(), variables);
    out.file(dir + "defaults/main.yml", templates.render(TEMPLATES + "defaults/main.yml.mustache", variablesView));
    out.file(dir + "meta/argument_specs.yml",
        templates.render(TEMPLATES + "meta/argument_specs.yml.mustache", variablesView));
    out.file(dir + "meta/main.yml",
        templates.render(TEMPLATES + "meta/main.yml.mustache", MetaView.of(product, names, header)));
    out.file(dir + "vars/main.yml",
        templates.render(TEMPLATES + "vars/main.yml.mustache", VarsView.of(product, names, role)));
    for (String file : RoleView.FIXED_FILES) {
      out.file(dir + file, templates.render(TEMPLATES + file + ".mustache", role));
    }
    if (role.hasSysctls()) {
      out.file(dir + "tasks/prerequisites.yml", templates.render(TEMPLATES + "tasks/prerequisites.yml.mustache", role));
    }
    out.file(dir + "filter_plugins/" + names.role() + ".py",
        templates.render(TEMPLATES + "filter_plugins/filters.py.mustache", role));
    String playbook = templates.render(TEMPLATES + "examples/playbook.yml.mustache",
        PlaybookView.of(product, names, header));
    out.file(dir + "examples/playbook.yml", playbook);
    out.file(dir + "README.md", templates.render(TEMPLATES + "README.md.mustache",
        ReadmeView.of(product, names, role, variables, header, playbook)));
    out.file(dir + "LICENSE", templates.render("common/LICENSE.mustache", java.util.Map.of())); // meta/main.yml says Apache-2.0
    findings(product, names, out);
    return out.build();
  }

  /** Reports two variables that would get the same name; returns whether all names are unique. */
  private static boolean clashes(List<RoleVariable> variables, Product product, TargetOutput.Builder out) {
    Map<String, String> seen = new TreeMap<>();
    boolean unique = true;
    for (RoleVariable v : variables) {
      String purpose = Literals.commentLine(v.description());
      String before = seen.putIfAbsent(v.name(), purpose);
      if (before != null) {
        out.finding(Finding.of(Message.ANSIBLE_NAME_CLASH, Subject.product(), v.name(), shorten(before),
            shorten(purpose)));
        unique = false;
      }
    }
    return unique;
  }

  private static String shorten(String text) {
    return "'" + (text.length() <= 60 ? text : text.substring(0, 57) + "...") + "'";
  }

  private static void findings(Product product, RoleNames names, TargetOutput.Builder out) {
    for (Zone zone : Peers.zones(product)) {
      if (zone.hasNoDefaults() && !zone.localSubnet()) {
        out.finding(Finding.of(Message.ZONE_WITHOUT_DEFAULTS, Subject.zone(zone.id()), zone.id(),
            "the Ansible role", "set " + names.zoneAddresses(zone.id()) + "_ipv4 and/or _ipv6"));
      }
    }
    for (Flow flow : product.flows()) {
      if (flow.transports().contains(Transport.SCTP)) {
        out.finding(Finding.of(Message.UFW_UNSUPPORTED, Subject.flow(flow), flow.id(), "SCTP",
            "the ufw backend opens nothing for it (the iptables backend does)"));
      } else if (flow.isIcmp() && !UFW_BEFORE_RULES_ICMP.contains(flow.icmp().type())) {
        out.finding(Finding.of(Message.UFW_UNSUPPORTED, Subject.flow(flow), flow.id(),
            flow.icmp().type() == Icmp.ANY ? "ICMP of any type" : "ICMP type " + flow.icmp().type(),
            "ufw's before.rules govern ICMP (the iptables backend opens it)"));
      }
    }
  }
}
