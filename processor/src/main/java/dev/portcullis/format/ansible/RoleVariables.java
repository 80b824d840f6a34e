package dev.portcullis.format.ansible;

import dev.portcullis.model.Component;
import dev.portcullis.model.Feature;
import dev.portcullis.model.Flow;
import dev.portcullis.model.Product;
import dev.portcullis.model.Variable;
import dev.portcullis.model.Zone;
import dev.portcullis.format.Subject;
import dev.portcullis.plan.RulePeer;
import dev.portcullis.plan.RulePlan;
import dev.portcullis.render.Literals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The role's variables, in the order users read them: the backend and the host's components,
 * the policies, then the addresses of every zone and peer component the flows use, the feature
 * toggles and the product's configurable values.
 */
final class RoleVariables {
  private final RulePlan plan;
  private final Product product;
  private final RoleNames names;

  private RoleVariables(RulePlan plan, RoleNames names) {
    this.plan = plan;
    this.product = plan.product();
    this.names = names;
  }

  static List<RoleVariable> of(RulePlan plan, RoleNames names) {
    return new RoleVariables(plan, names).build();
  }

  private List<RoleVariable> build() {
    List<RoleVariable> out = new ArrayList<>();
    out.add(new RoleVariable(names.variable("backend"), "str", quoted(List.of("ufw", "iptables", "nftables", "firewalld")),
        null, new RoleVariable.Text("ufw"),
        "Which firewall applies the rules: ufw (through community.general.ufw), iptables (the role's own"
            + " chains " + names.chain("in") + " and " + names.chain("out") + ", replaced atomically), nftables"
            + " (the role's own table inet " + names.nftTable() + ", replaced atomically) or firewalld (the"
            + " role's own policies " + names.firewalldPolicy("in") + " and " + names.firewalldPolicy("out")
            + ", permanent and immediate)."));
    List<String> componentIds = product.components().stream().map(Component::id).toList();
    out.add(new RoleVariable(names.variable("components"), "list", quoted(componentIds), null,
        new RoleVariable.Strings(componentIds),
        "Which components of " + product.title() + " this host is; only their flows are opened."));
    out.add(new RoleVariable(names.variable("ssh_port"), "int", List.of(), "1-65535",
        new RoleVariable.Plain("22"),
        "The SSH port, always kept open from the SSH sources whatever the other variables. The role"
            + " stops before changing anything when the controller is connected on another port."));
    for (String family : List.of("ipv4", "ipv6")) {
      out.add(new RoleVariable(names.variable("ssh_sources_" + family), "list", List.of(), null,
          new RoleVariable.Strings(List.of(family.equals("ipv4") ? "0.0.0.0/0" : "::/0")),
          familyName(family) + " networks SSH is kept open from (default: anywhere). The role stops before"
              + " changing anything when the controller connects from outside them."));
    }
    out.add(new RoleVariable(names.variable("default_incoming_deny"), "bool", List.of(), null,
        new RoleVariable.Plain("true"),
        "Set the default incoming policy to deny (ufw: default deny incoming; iptables: INPUT policy"
            + " DROP; nftables: the input chain of the role's table drops), so only the flows of this host,"
            + " SSH and replies get in. false leaves the policy as it is (nftables: the role's input chain"
            + " accepts). firewalld: its zones already reject what they do not allow, and the role leaves"
            + " them as they are."));
    String outgoing = "Set the default outgoing policy to deny and let only the egress rules of this host (the"
        + " connections it opens to its peers, and replies) leave. false sets it to allow, which nothing"
        + " breaks: " + plan.egressStance();
    if (product.prerequisites().requiresOutgoing()) {
      outgoing += " The role refuses true for " + product.title() + ": "
          + reason(product.prerequisites().outgoingReason(), "its outgoing traffic must stay allowed") + ".";
    }
    out.add(new RoleVariable(names.variable("default_outgoing_deny"), "bool", List.of(), null,
        new RoleVariable.Plain("false"), outgoing));
    out.add(new RoleVariable(names.variable("ipv6"), "bool", List.of(), null, new RoleVariable.Plain("true"),
        "Apply the IPv6 rules as well (ip6tables, or ufw rules for the IPv6 addresses)."));
    out.add(new RoleVariable(names.variable("docker_user"), "bool", List.of(), null, new RoleVariable.Plain("false"),
        "iptables backend: also filter the ports Docker publishes, in DOCKER-USER (published container ports"
            + " are DNAT'ed in PREROUTING and forwarded, so INPUT rules never see them): a connection to a"
            + " published port passes only when it matches a flow of this host (its peers, its ports), and with"
            + " default_incoming_deny every other published port is dropped. false leaves DOCKER-USER alone."
            + " nftables backend: the same in a forward chain of the role's table, matched on the port the"
            + " client asked for (ct original proto-dst); Docker's own chains must accept the packets as well."));
    out.add(new RoleVariable(names.variable("install_packages"), "bool", List.of(), null,
        new RoleVariable.Plain("true"),
        "Install the backend's package (ufw, iptables, nftables or firewalld) when it is missing."));
    if (Prerequisite.managed(product)) {
      out.add(new RoleVariable(names.variable("manage_prerequisites"), "bool", List.of(), null,
          new RoleVariable.Plain("true"),
          "Apply the host prerequisites of " + product.title() + ": " + Prerequisite.summary(product) + "."));
    }
    for (Zone zone : plan.zonesInUse()) {
      for (String family : List.of("ipv4", "ipv6")) {
        out.add(zoneVariable(zone, family).from(Subject.zone(zone.id()).on("id")));
      }
    }
    for (Component component : plan.peerComponents()) {
      for (String family : List.of("ipv4", "ipv6")) {
        out.add(new RoleVariable(names.componentAddresses(component.id()) + "_" + family, "list", List.of(), null,
            localSubnets(family),
            familyName(family) + " networks of the hosts that are " + component.id() + " ("
                + component.description() + "), peers of the flows " + flowIds(RulePeer.component(component.id()))
                + ". Default: the host's own " + familyName(family) + " subnets, from its facts."));
      }
    }
    for (Feature feature : product.features()) {
      out.add(new RoleVariable(names.feature(feature.id()), "bool", List.of(), null,
          new RoleVariable.Plain(Boolean.toString(feature.enabledByDefault())),
          lead(feature.description()) + "Opens the flows " + flowIds(product.flows().stream()
              .filter(f -> feature.id().equals(f.feature())).toList()) + "."));
    }
    for (Variable variable : product.variables()) {
      out.add(productVariable(variable).from(Subject.flow(variable.flowId()).on(attribute(variable))));
    }
    return out;
  }

  /** The attribute of {@code @Flow} that names the variable. */
  static String attribute(Variable variable) {
    return switch (variable.kind()) {
      case PORT -> "portVariable";
      case PROTOCOL -> "protocolVariable";
      case INSTANCE_COUNT -> "instances";
    };
  }

  /** The flows of the rules whose peer is {@code peer}, sorted. */
  private String flowIds(RulePeer peer) {
    List<String> ids = plan.rules().stream().filter(r -> r.peer().equals(peer))
        .flatMap(r -> r.flows().stream()).distinct().sorted().toList();
    return ids.isEmpty() ? "(none)" : String.join(", ", ids);
  }

  private RoleVariable zoneVariable(Zone zone, String family) {
    List<String> defaults = family.equals("ipv4") ? zone.ipv4() : zone.ipv6();
    RoleVariable.Value value;
    String defaultText;
    if (zone.localSubnet()) {
      value = localSubnets(family);
      defaultText = "Default: the host's own " + familyName(family) + " subnets, from its facts.";
    } else {
      value = new RoleVariable.Strings(defaults);
      defaultText = defaults.isEmpty()
          ? "No default: until it is set, these flows open nothing and the run says so."
          : zone.isPublic() && defaults.stream().anyMatch(c -> c.endsWith("/0"))
              ? "Default: the whole internet (the zone is public)."
              : "";
    }
    String description = familyName(family) + " networks of zone " + zone.id()
        + (zone.description().isBlank() ? "" : " (" + zone.description() + ")") + ", peers of the flows "
        + flowIds(RulePeer.zone(zone.id())) + ".";
    if (!zone.isPublic()) {
      defaultText = (defaultText + " The zone is not public: "
          + (family.equals("ipv4") ? "0.0.0.0/0" : "::/0") + " (anywhere) is refused.").strip();
    }
    return new RoleVariable(names.zoneAddresses(zone.id()) + "_" + family, "list", List.of(), null, value,
        defaultText.isEmpty() ? description : description + " " + defaultText);
  }

  private RoleVariable productVariable(Variable variable) {
    String what = variable.description() == null || variable.description().isBlank() ? "Flow " + variable.flowId()
        : variable.description() + " (flow " + variable.flowId() + ")";
    return switch (variable.kind()) {
      case PORT -> new RoleVariable(names.productVariable(variable), "int", List.of(),
          variable.min() + "-" + variable.max(), new RoleVariable.Plain(Integer.toString(variable.defaultNumber())),
          what + ", " + variable.min() + "-" + variable.max() + ".");
      case INSTANCE_COUNT -> new RoleVariable(names.productVariable(variable), "int", List.of(),
          variable.min() + "-" + variable.max(), new RoleVariable.Plain(Integer.toString(variable.defaultNumber())),
          what + ": how many instances run, " + variable.min() + "-" + variable.max() + ".");
      case PROTOCOL -> new RoleVariable(names.productVariable(variable), "str", quoted(variable.choices()), null,
          new RoleVariable.Text(String.valueOf(variable.defaultValue()).toLowerCase(Locale.ROOT)), what + ".");
    };
  }

  private RoleVariable.Value localSubnets(String family) {
    return new RoleVariable.Computed("{{ ansible_facts | " + names.collection() + ".local_subnets('" + family + "') }}",
        "the host's own " + familyName(family) + " subnets (facts)");
  }

  static String familyName(String family) {
    return family.equals("ipv4") ? "IPv4" : "IPv6";
  }

  private static List<String> quoted(List<String> values) {
    return values.stream().map(Literals::yamlString).toList();
  }

  static String flowIds(List<Flow> flows) {
    List<String> ids = flows.stream().map(Flow::id).distinct().sorted().toList();
    return ids.isEmpty() ? "(none)" : String.join(", ", ids);
  }

  private static String reason(String reason, String fallback) {
    return reason == null || reason.isBlank() ? fallback : reason;
  }

  /**
   * The text followed by {@code ". "}, or nothing when it is blank. Texts of the definition are
   * always written as they are (never trimmed or re-punctuated), so what a user wrote reads back
   * literally from every YAML file.
   */
  static String lead(String text) {
    return text == null || text.isBlank() ? "" : text + ". ";
  }

  /** The text as it is, or an empty text for none. */
  static String phrase(String text) {
    return text == null ? "" : text;
  }
}
