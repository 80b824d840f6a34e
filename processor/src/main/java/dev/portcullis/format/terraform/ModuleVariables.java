package dev.portcullis.format.terraform;

import dev.portcullis.model.Component;
import dev.portcullis.model.Feature;
import dev.portcullis.model.Product;
import dev.portcullis.model.Variable;
import dev.portcullis.model.VariableKind;
import dev.portcullis.model.Zone;
import dev.portcullis.plan.RulePlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The module's inputs: where the groups go ({@code vpc_id}, {@code name_prefix}, {@code tags}),
 * the egress policy and quota, then per zone its IPv4 CIDRs, IPv6 CIDRs and prefix lists, per
 * feature its toggle, and each configurable port, protocol and instance count of the product.
 * Every one is typed, described and validated.
 */
final class ModuleVariables {
  static final String VPC_ID = "vpc_id";
  static final String NAME_PREFIX = "name_prefix";
  static final String TAGS = "tags";
  static final String MAX_RULES = "max_rules_per_group";
  static final String MAX_GROUPS = "max_groups_per_component";
  static final String EXISTING_GROUPS = "existing_security_group_ids";
  /** AWS's default security groups per network interface. */
  static final int AWS_DEFAULT_GROUPS = 5;

  private ModuleVariables() {}

  static List<VariableView> of(RulePlan plan) {
    List<VariableView> vars = named(plan).stream().map(Named::variable).toList();
    List<VariableView> result = new ArrayList<>();
    for (int i = 0; i < vars.size(); i++) {
      result.add(vars.get(i).asFirst(i == 0));
    }
    return result;
  }

  /**
   * A variable of the module and what it stands for (for a name clash's message).
   *
   * @param definitionVariable the definition's variable it is, or null
   */
  record Named(VariableView variable, String origin, String definitionVariable) {
    Named(VariableView variable, String origin) {
      this(variable, origin, null);
    }
  }

  /**
   * Two things the module would give the same variable name.
   *
   * @param second the later of the two (a variable of the definition: they come last)
   */
  record Clash(String name, String first, Named second) {}

  /** Every variable name the module would use twice. */
  static List<Clash> clashes(RulePlan plan) {
    Map<String, String> seen = new HashMap<>();
    List<Clash> clashes = new ArrayList<>();
    for (Named n : named(plan)) {
      String before = seen.putIfAbsent(n.variable().name(), n.origin());
      if (before != null) {
        clashes.add(new Clash(n.variable().name(), before, n));
      }
    }
    return clashes;
  }

  private static List<Named> named(RulePlan plan) {
    Product product = plan.product();
    List<Named> vars = new ArrayList<>();
    vars.add(new Named(new VariableView(VPC_ID, "ID of the VPC the security groups are created in.", "string", false, "",
        List.of(new VariableView.Validation("can(regex(\"^vpc-[0-9a-f]+$\", var.vpc_id))",
            "vpc_id must be a VPC id such as vpc-0123456789abcdef0.")), false), "the module's " + VPC_ID));
    vars.add(new Named(new VariableView(NAME_PREFIX,
        "Prefix of every security group's name and Name tag; each group appends its component and a unique suffix.",
        "string", true, Hcl.quote(product.id().replace('_', '-') + "-"),
        List.of(new VariableView.Validation("can(regex(\"^[A-Za-z0-9._-]{0,64}$\", var.name_prefix))",
            "name_prefix may hold at most 64 letters, digits, dots, dashes and underscores.")), false),
        "the module's " + NAME_PREFIX));
    vars.add(new Named(new VariableView(TAGS, "Tags added to every security group and rule.", "map(string)", true,
        "{}", List.of(), false), "the module's " + TAGS));
    vars.add(new Named(allowAllEgress(plan), "the module's " + RulePlanner.ALLOW_ALL_EGRESS));
    vars.add(new Named(new VariableView(MAX_RULES,
        "Rules a group may hold per direction and address family (the AWS quota, 60 unless raised);"
            + " a component whose rules need more is split over several groups at plan time.",
        "number", true, Integer.toString(QuotaFitter.AWS_DEFAULT_QUOTA),
        List.of(new VariableView.Validation(
            "var.max_rules_per_group == floor(var.max_rules_per_group) && var.max_rules_per_group >= 1 && var.max_rules_per_group <= 1000",
            "max_rules_per_group must be a whole number from 1 to 1000.")), false), "the module's " + MAX_RULES));
    vars.add(new Named(new VariableView(MAX_GROUPS,
        "Security groups a component's rules may be split over (AWS allows 5 per network interface unless"
            + " raised, and other groups of the instances count too); planning fails before apply when a"
            + " component would need more.",
        "number", true, Integer.toString(AWS_DEFAULT_GROUPS),
        List.of(new VariableView.Validation(
            "var.max_groups_per_component == floor(var.max_groups_per_component) && var.max_groups_per_component >= 1 && var.max_groups_per_component <= 16",
            "max_groups_per_component must be a whole number from 1 to 16.")), false), "the module's " + MAX_GROUPS));
    vars.add(new Named(existingGroups(product), "the module's " + EXISTING_GROUPS));
    for (Component component : product.components()) {
      component(component, plan.peerComponents().stream().anyMatch(p -> p.id().equals(component.id())))
          .forEach(v -> vars.add(new Named(v, "a variable of component " + component.id())));
    }
    for (Zone zone : plan.zonesInUse()) {
      zone(zone).forEach(v -> vars.add(new Named(v, "a variable of zone " + zone.id())));
    }
    for (Feature feature : plan.featuresInUse()) {
      vars.add(new Named(new VariableView(FeatureGate.variable(feature.id()),
          "Feature " + feature.id() + ": " + orId(feature.description(), feature.id())
              + " Turns its flows' rules on or off.",
          "bool", true, Boolean.toString(feature.enabledByDefault()), List.of(), false),
          "the toggle of feature " + feature.id()));
    }
    for (Variable variable : product.variables()) {
      vars.add(new Named(variable(variable), "the definition's variable " + variable.name(), variable.name()));
    }
    return vars;
  }

  /**
   * {@code allow_all_egress}: true for every product (outgoing traffic stays allowed, as AWS
   * leaves it); false keeps only the plan's egress rules. When the product says outgoing traffic
   * must stay allowed, the validation refuses false and says why.
   */
  private static VariableView allowAllEgress(RulePlan plan) {
    Product product = plan.product();
    String name = RulePlanner.ALLOW_ALL_EGRESS;
    String description = "Whether each group allows all outgoing traffic (IPv4 and IPv6), as AWS does by default."
        + " When false, the groups allow only the outgoing rules of the definition (Terraform removes the"
        + " allow-all egress rule AWS adds to new groups). " + egressStance(plan);
    List<VariableView.Validation> validations = List.of();
    if (plan.outgoingMustStayOpen()) {
      String reason = product.prerequisites().outgoingReason();
      validations = List.of(new VariableView.Validation("var." + name,
          name + " must stay true: " + product.title() + " needs outgoing traffic allowed"
              + (reason == null || reason.isBlank() ? "." : ": " + reason.strip())));
    }
    return new VariableView(name, description, "bool", true, "true", validations, false);
  }

  /** {@link RulePlan#egressStance()} as one sentence, also when the definition gives no reason. */
  static String egressStance(RulePlan plan) {
    String reason = plan.product().prerequisites().outgoingReason();
    if (plan.outgoingMustStayOpen() && (reason == null || reason.isBlank())) {
      return "Outgoing traffic stays allowed and cannot be restricted: the definition says it must stay allowed.";
    }
    String stance = plan.egressStance().strip();
    return stance.endsWith(".") ? stance : stance + ".";
  }

  private static List<VariableView> zone(Zone zone) {
    String who = "zone " + zone.id() + (zone.description().isBlank() ? "" : " (" + zone.description().strip() + ")");
    String v4 = ZoneVariables.ipv4(zone.id());
    String v6 = ZoneVariables.ipv6(zone.id());
    String pl = ZoneVariables.prefixLists(zone.id());
    String sg = ZoneVariables.securityGroups(zone.id());
    List<VariableView.Validation> v4Checks = new ArrayList<>();
    v4Checks.add(new VariableView.Validation(
        "alltrue([for cidr in var." + v4 + " : can(cidrnetmask(cidr)) && try(cidrsubnet(cidr, 0, 0) == cidr, false)])",
        v4 + " must hold IPv4 networks in CIDR notation with no host bits set, such as 10.0.0.0/8."));
    List<VariableView.Validation> v6Checks = new ArrayList<>();
    v6Checks.add(new VariableView.Validation(
        "alltrue([for cidr in var." + v6 + " : strcontains(cidr, \":\") && try(cidrsubnet(cidr, 0, 0) == cidr, false)])",
        v6 + " must hold IPv6 networks in canonical CIDR notation with no host bits set, such as 2001:db8::/32."));
    if (!zone.isPublic()) {
      v4Checks.add(new VariableView.Validation("!contains(var." + v4 + ", \"0.0.0.0/0\")",
          "Zone " + zone.id() + " is not public: it may not be opened to the whole internet (0.0.0.0/0)."));
      v6Checks.add(new VariableView.Validation("!contains(var." + v6 + ", \"::/0\")",
          "Zone " + zone.id() + " is not public: it may not be opened to the whole internet (::/0)."));
    }
    String noDefaults = zone.hasNoDefaults() ? " The zone has no default addresses: give them to open its flows." : "";
    return List.of(
        new VariableView(v4, "IPv4 CIDRs of " + who + "; each rule of its flows is one AWS rule per CIDR." + noDefaults,
            "list(string)", true, Hcl.list(ZoneVariables.defaultIpv4(zone)), v4Checks, false),
        new VariableView(v6, "IPv6 CIDRs of " + who + "; each rule of its flows is one AWS rule per CIDR (ICMP becomes ICMPv6).",
            "list(string)", true, Hcl.list(ZoneVariables.defaultIpv6(zone)), v6Checks, false),
        new VariableView(pl, "Managed prefix list ids of " + who
            + "; each rule of its flows is one AWS rule per prefix list (AWS counts each against the quota by its max entries).",
            "list(string)", true, "[]",
            List.of(new VariableView.Validation(
                "alltrue([for id in var." + pl + " : can(regex(\"^pl-[0-9a-f]+$\", id))])",
                pl + " must hold prefix list ids such as pl-0123456789abcdef0.")), false),
        new VariableView(sg, "Security groups of " + who
            + " by name, such as { lb = aws_security_group.lb.id }; each rule of its flows is one AWS rule per"
            + " group (referenced_security_group_id), keyed by the name, so a group created in the same apply"
            + " (its id unknown until then) can be given.",
            "map(string)", true, "{}",
            List.of(new VariableView.Validation(
                "alltrue([for name, id in var." + sg + " : can(regex(\"^[A-Za-z0-9_.-]{1,64}$\", name)) && can(regex(\"^sg-[0-9a-f]+$\", id))])",
                sg + " must map names (letters, digits, dots, dashes, underscores) to security group ids such as"
                    + " sg-0123456789abcdef0.")), false));
  }

  /**
   * {@code existing_security_group_ids}: component -> an existing group that takes its rules. A
   * map, so whether a component has one is known at plan time (its keys) even when the id is not
   * (a group created in the same apply).
   */
  private static VariableView existingGroups(Product product) {
    List<String> ids = product.components().stream().map(Component::id).toList();
    String list = String.join(", ", ids.stream().map(Hcl::quote).toList());
    return new VariableView(EXISTING_GROUPS, "Existing security groups by component, such as { "
        + ids.get(0) + " = \"sg-0123456789abcdef0\" }: a component given here gets its rules on that group"
        + " and no group is created for it; rules of other components that name it as peer reference that group,"
        + " and allow_all_egress does not touch it. The ids may be unknown until apply.",
        "map(string)", true, "{}", List.of(
            new VariableView.Validation("alltrue([for name in keys(var." + EXISTING_GROUPS + ") : contains([" + list
                + "], name)])", EXISTING_GROUPS + " may only name components of the module: "
                + String.join(", ", ids) + "."),
            new VariableView.Validation("alltrue([for id in values(var." + EXISTING_GROUPS
                + ") : can(regex(\"^sg-[0-9a-f]+$\", id))])",
                EXISTING_GROUPS + " must map components to security group ids such as sg-0123456789abcdef0.")),
        false);
  }

  /**
   * For a component that is another's peer, the CIDRs of its instances outside the VPC (a probe
   * over the internet, clients behind NAT).
   */
  private static List<VariableView> component(Component component, boolean isPeer) {
    String who = "component " + component.id()
        + (component.description().isBlank() ? "" : " (" + component.description().strip() + ")");
    List<VariableView> vars = new ArrayList<>();
    if (!isPeer) {
      return vars;
    }
    String v4 = ComponentVariables.externalIpv4(component.id());
    String v6 = ComponentVariables.externalIpv6(component.id());
    String why = " of instances of " + who + " outside the VPC (over the internet or behind NAT); every rule"
        + " that references its group gets one AWS rule per CIDR beside it.";
    vars.add(new VariableView(v4, "IPv4 CIDRs" + why, "list(string)", true, "[]", List.of(
        new VariableView.Validation(
            "alltrue([for cidr in var." + v4 + " : can(cidrnetmask(cidr)) && try(cidrsubnet(cidr, 0, 0) == cidr, false)])",
            v4 + " must hold IPv4 networks in CIDR notation with no host bits set, such as 203.0.113.0/24."),
        new VariableView.Validation("!contains(var." + v4 + ", \"0.0.0.0/0\")",
            v4 + " may not hold the whole internet (0.0.0.0/0): name the addresses of the instances.")), false));
    vars.add(new VariableView(v6, "IPv6 CIDRs" + why, "list(string)", true, "[]", List.of(
        new VariableView.Validation(
            "alltrue([for cidr in var." + v6 + " : strcontains(cidr, \":\") && try(cidrsubnet(cidr, 0, 0) == cidr, false)])",
            v6 + " must hold IPv6 networks in canonical CIDR notation with no host bits set, such as 2001:db8::/32."),
        new VariableView.Validation("!contains(var." + v6 + ", \"::/0\")",
            v6 + " may not hold the whole internet (::/0): name the addresses of the instances.")), false));
    return vars;
  }

  private static VariableView variable(Variable v) {
    String name = v.name();
    if (v.kind() == VariableKind.PROTOCOL) {
      String choices = String.join(", ", v.choices().stream().map(Hcl::quote).toList());
      return new VariableView(name, v.description(), "string", true, Hcl.quote(String.valueOf(v.defaultValue())),
          List.of(new VariableView.Validation("contains([" + choices + "], var." + name + ")",
              name + " must be one of " + String.join(", ", v.choices()) + ".")), false);
    }
    String what = v.kind() == VariableKind.PORT ? "a port" : "a count";
    return new VariableView(name, v.description(), "number", true, Integer.toString(v.defaultNumber()),
        List.of(new VariableView.Validation(
            "var." + name + " == floor(var." + name + ") && var." + name + " >= " + v.min() + " && var." + name
                + " <= " + v.max(),
            name + " must be " + what + ", a whole number from " + v.min() + " to " + v.max() + ".")), false);
  }

  private static String orId(String description, String id) {
    String text = description == null || description.isBlank() ? id : description.strip();
    return text.endsWith(".") ? text : text + ".";
  }
}
