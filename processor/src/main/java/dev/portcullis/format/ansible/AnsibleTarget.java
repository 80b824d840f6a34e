package dev.portcullis.format.ansible;

import dev.portcullis.diagnostics.Message;
import dev.portcullis.format.Finding;
import dev.portcullis.format.Limit;
import dev.portcullis.format.RenderContext;
import dev.portcullis.format.Subject;
import dev.portcullis.format.Target;
import dev.portcullis.format.TargetOutput;
import dev.portcullis.model.Icmp;
import dev.portcullis.model.Product;
import dev.portcullis.model.Transport;
import dev.portcullis.model.Zone;
import dev.portcullis.plan.PlannedRule;
import dev.portcullis.plan.RulePlan;
import dev.portcullis.render.Literals;
import dev.portcullis.render.TemplateEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ansible/ansible_collections/<namespace>/<name>/}: one Ansible collection per build (see
 * {@link Collection}), with one role per product ({@code roles/<product>/}, ufw, iptables, nftables
 * and firewalld backends) and the planning filters once, in {@code plugins/filter/}.
 *
 * <p>The generator writes the product's {@link RulePlan} as data (the rule table in
 * {@code vars/main.yml}: both ends of every flow, merged ports, the variables a rule reads named)
 * and the collection's filter plugin resolves the addresses, checks each variable once, cuts the ports
 * into rules of at most 15 and writes the rules of either backend. The rest of the role
 * (preflight, prerequisites, backends, persistence) is the same for every product apart from
 * names, in {@code templates/ansible/}.
 */
public final class AnsibleTarget implements Target {
  private static final String TEMPLATES = "ansible/";
  static final String ANSIBLE = "Ansible";
  static final String UFW = "Ansible, ufw backend";
  static final String FIREWALLD = "Ansible, firewalld backend";
  /** ICMP types ufw's default before.rules accept from every source (IPv4; IPv6 likewise). */
  private static final List<Integer> UFW_BEFORE_RULES_ICMP = List.of(3, 8, 11, 12);

  @Override
  public String name() {
    return "ansible";
  }

  /** Two variables of the role that would get the same name, reported where the later name comes from. */
  @Override
  public List<Finding> check(Product product, RenderContext context) {
    RoleNames names = RoleNames.of(product, context);
    List<Finding> findings = new ArrayList<>();
    Map<String, RoleVariable> seen = new TreeMap<>();
    for (RoleVariable v : variablesOf(context.plan(product), names, context)) {
      RoleVariable before = seen.putIfAbsent(v.name(), v);
      if (before != null) {
        Subject subject = v.origin() != null ? v.origin() : before.origin() != null ? before.origin()
            : Subject.product();
        findings.add(Finding.of(Message.ANSIBLE_NAME_CLASH, subject, v.name(),
            shorten(Literals.commentLine(before.description())), shorten(Literals.commentLine(v.description()))));
      }
    }
    return findings;
  }

  /** The role's variables, derived once for the product's check and render. */
  private static List<RoleVariable> variablesOf(RulePlan plan, RoleNames names, RenderContext context) {
    return context.derived(plan.product(), "ansible.variables", () -> RoleVariables.of(plan, names));
  }

  private static String shorten(String text) {
    return "'" + (text.length() <= 60 ? text : text.substring(0, 57) + "...") + "'";
  }

  @Override
  public List<Limit> limits(RulePlan plan, RenderContext context) {
    RoleNames names = RoleNames.of(plan.product(), context);
    List<Limit> limits = new ArrayList<>();
    for (Zone zone : plan.zonesInUse()) {
      if (zone.hasNoDefaults() && !zone.localSubnet()) {
        String hint = "set " + names.zoneAddresses(zone.id()) + "_ipv4 and/or _ipv6";
        limits.add(new Limit(ANSIBLE, "zone " + zone.id(), "The zone has no default addresses, so its rules open"
            + " nothing until you " + hint + "; the run lists the flows that open nothing.",
            Finding.of(Message.ZONE_WITHOUT_DEFAULTS, Subject.zone(zone.id()), zone.id(), "the Ansible role", hint)));
      }
    }
    limits.addAll(dev.portcullis.format.HostNameLimits.of(plan, ANSIBLE, "the Ansible role",
        zone -> "set " + names.zoneAddresses(zone.id()) + "_ipv4 and/or _ipv6 to their addresses"));
    if (!plan.peerComponents().isEmpty()) {
      limits.add(Limit.documented(ANSIBLE, "component peers",
          "The role does not read the inventory: the addresses of a peer component default to the host's own"
              + " subnets, so peers on another subnet are reached only once you set "
              + names.variable("component_<component>_ipv4") + " and _ipv6."));
    }
    Map<String, List<PlannedRule>> icmp = new LinkedHashMap<>();
    Map<String, List<PlannedRule>> sctp = new LinkedHashMap<>();
    for (PlannedRule rule : plan.rules()) {
      for (String flow : rule.flows()) {
        if (rule.protocol().isIcmp()) {
          icmp.computeIfAbsent(flow, f -> new ArrayList<>()).add(rule);
        } else if (rule.protocol().transport() == Transport.SCTP) {
          sctp.computeIfAbsent(flow, f -> new ArrayList<>()).add(rule);
        }
      }
    }
    icmp.forEach((flow, rules) -> limits.addAll(icmpLimits(flow, rules)));
    sctp.forEach((flow, rules) -> limits.add(new Limit(UFW, "flow " + flow + " (SCTP)",
        "ufw cannot filter SCTP: the ufw backend opens nothing for it and the run warns; the iptables backend"
            + " opens it.",
        Finding.of(Message.UFW_UNSUPPORTED, Subject.flow(flow), flow, "SCTP",
            "the ufw backend opens nothing for it (the iptables backend does)"))));
    return limits;
  }

  private static List<Limit> icmpLimits(String flow, List<PlannedRule> rules) {
    Icmp icmp = rules.get(0).icmp();
    String what = icmp.type() == Icmp.ANY ? "ICMP of any type" : "ICMP type " + icmp.type();
    String subject = "flow " + flow + " (" + what + ")";
    boolean ingress = rules.stream().anyMatch(PlannedRule::isIngress);
    boolean egress = rules.stream().anyMatch(PlannedRule::isEgress);
    boolean widened = UFW_BEFORE_RULES_ICMP.contains(icmp.type());
    List<String> instead = new ArrayList<>();
    String warning;
    if (ingress && widened) {
      instead.add("ufw has no ICMP rules: its before.rules accept " + what + " from every source, wider than the"
          + " flow's peer");
      warning = "ufw's before.rules accept it from every source, not only from its peer (the iptables backend"
          + " restricts it)";
    } else if (ingress) {
      instead.add("ufw has no ICMP rules and its before.rules do not accept " + what + ", so nothing opens it");
      warning = "ufw's before.rules govern ICMP and the ufw backend opens nothing for it (the iptables backend"
          + " does)";
    } else {
      warning = "with outgoing traffic denied the ufw backend lets nothing of it out (the iptables backend does)";
    }
    if (egress) {
      instead.add("with outgoing traffic denied, ufw lets no IPv4 " + (icmp.type() == Icmp.ANY ? "ICMP" : what)
          + " out (its before6.rules let ICMPv6 echo requests and errors out to everywhere)");
    }
    List<Limit> limits = new ArrayList<>();
    if (ingress) {
      limits.add(new Limit(FIREWALLD, subject, "firewalld's zones accept ICMP from every source unless the zone sets"
          + " icmp-block-inversion, wider than the flow's peer; the role leaves the zones alone. The run warns;"
          + " the nftables and iptables backends express the flow exactly.",
          Finding.of(Message.FIREWALLD_ICMP_WIDENED, Subject.flow(flow), flow, what,
              "firewalld's zones accept ICMP from every source unless they set icmp-block-inversion (the"
                  + " nftables backend restricts it)")));
    }
    limits.add(new Limit(UFW, subject, String.join("; ", instead) + ". The run warns; the iptables backend"
        + " expresses the flow exactly.", Finding.of(Message.UFW_UNSUPPORTED, Subject.flow(flow), flow, what,
            warning)));
    if (!icmp.hasV6()) {
      limits.add(Limit.documented(ANSIBLE, subject, what + " has no ICMPv6 counterpart, so the iptables backend"
          + " opens it for IPv4 only."));
    }
    return limits;
  }

  @Override
  public TargetOutput render(RulePlan plan, RenderContext context) {
    Product product = plan.product();
    RoleNames names = RoleNames.of(product, context);
    Collection collection = Collection.of(context);
    Collection.Scope scope = collection.scope(product.id());
    String header = context.header(product);
    RoleView role = RoleView.of(product, names, header);
    List<RoleVariable> variables = variablesOf(plan, names, context);
    TemplateEngine templates = context.templates();
    String dir = collection.roleDir(product.id());

    TargetOutput.Builder out = new TargetOutput.Builder();
    VariablesView variablesView = VariablesView.of(names.role(), header, product.id(), variables);
    out.file(dir + "defaults/main.yml",
        templates.render(TEMPLATES + "defaults/main.yml.mustache", scope, variablesView));
    out.file(dir + "meta/argument_specs.yml",
        templates.render(TEMPLATES + "meta/argument_specs.yml.mustache", scope, variablesView));
    out.file(dir + "meta/main.yml",
        templates.render(TEMPLATES + "meta/main.yml.mustache", scope, MetaView.of(product, names, header)));
    out.file(dir + "vars/main.yml",
        templates.render(TEMPLATES + "vars/main.yml.mustache", scope, VarsView.of(plan, names, role)));
    for (String file : RoleView.FIXED_FILES) {
      out.file(dir + file, templates.render(TEMPLATES + file + ".mustache", scope, role));
    }
    if (role.hasSysctls()) {
      out.file(dir + "tasks/prerequisites.yml",
          templates.render(TEMPLATES + "tasks/prerequisites.yml.mustache", scope, role));
    }
    BackendView backends = BackendView.of(names, role.headerYaml());
    for (String file : BackendView.FILES) {
      out.file(dir + file, templates.render(TEMPLATES + file + ".mustache", scope, backends));
    }
    String playbook = templates.render(TEMPLATES + "examples/playbook.yml.mustache", scope,
        PlaybookView.of(plan, names, header));
    out.file(dir + "examples/playbook.yml", playbook);
    out.file(dir + "README.md", templates.render(TEMPLATES + "README.md.mustache", scope,
        ReadmeView.of(plan, names, role, variables, header, playbook)));
    return out.build();
  }

  /** The collection's own files, once per build: galaxy.yml, meta/runtime.yml, the plugin, README, LICENSE. */
  @Override
  public TargetOutput renderShared(RenderContext context) {
    Collection collection = Collection.of(context);
    CollectionView view = CollectionView.of(collection, context.sharedHeader());
    TemplateEngine templates = context.templates();
    String root = collection.root();
    TargetOutput.Builder out = new TargetOutput.Builder();
    for (String file : CollectionView.FILES) {
      out.file(root + file, templates.render(TEMPLATES + "collection/" + file + ".mustache", view));
    }
    out.file(root + "LICENSE", templates.render("common/LICENSE.mustache", Map.of())); // galaxy.yml says Apache-2.0
    return out.build();
  }
}
