package dev.portcullis.format.ansible;

import dev.portcullis.model.Component;
import dev.portcullis.model.Feature;
import dev.portcullis.model.Product;
import dev.portcullis.model.SysctlSetting;
import dev.portcullis.model.Variable;
import dev.portcullis.model.Zone;
import dev.portcullis.plan.RulePlan;
import dev.portcullis.render.Literals;
import java.util.ArrayList;
import java.util.List;

/**
 * The scope of {@code vars/main.yml}: the plan's rules (both ends of every flow), the address
 * variables they name, every other variable they read, and the internal values.
 */
record VarsView(
    String role,
    String headerYaml,
    String chainIn,
    String chainOut,
    String chainDocker,
    String configDir,
    List<RuleEntry> rules,
    List<Addresses> addresses,
    List<Checked> variables,
    boolean hasSysctls,
    List<Sysctl> sysctls,
    boolean outgoingRequired,
    String outgoingReason) {

  /**
   * One set of address variables ({@code <prefix>_ipv4}, {@code <prefix>_ipv6}).
   *
   * @param anywhere whether {@code 0.0.0.0/0} and {@code ::/0} are allowed (false for a zone that
   *     is not public)
   * @param peer how messages name it ("zone admins")
   */
  record Addresses(String prefix, String peer, boolean anywhere) {
    public String ipv4() {
      return reference(prefix + "_ipv4", 4 + "ipv4: ".length());
    }

    public String ipv6() {
      return reference(prefix + "_ipv6", 4 + "ipv6: ".length());
    }
  }

  /** {@code "{{ name }}"} for a key's value at {@code column}, folded within 80 columns. */
  static String reference(String name, int column) {
    return YamlText.quoted("{{ " + name + " }}", column, 6);
  }

  /**
   * A variable the rules read, checked once by the filter.
   *
   * @param kind {@code port}, {@code count}, {@code protocol} or {@code bool}
   */
  record Checked(String name, String kind, int min, int max, List<String> choices) {
    public String value() {
      return reference(name, 4 + "value: ".length());
    }

    public boolean hasRange() {
      return kind.equals("port") || kind.equals("count");
    }

    public boolean hasChoices() {
      return !choices.isEmpty();
    }
  }

  /**
   * One kernel parameter, every value a YAML literal: its name and value, and the line ufw's
   * sysctl.conf (which writes keys with slashes) should hold, with a regexp finding it.
   */
  record Sysctl(String name, String value, String ufwRegexp, String ufwLine) {}

  static VarsView of(RulePlan plan, RoleNames names, RoleView role) {
    Product product = plan.product();
    List<RuleEntry> rules = plan.rules().stream().map(r -> RuleEntry.of(r, names)).toList();
    List<Addresses> addresses = new ArrayList<>();
    addresses.add(new Addresses(names.variable("ssh_sources"), "SSH sources", true));
    for (Zone zone : plan.zonesInUse()) {
      addresses.add(new Addresses(names.zoneAddresses(zone.id()), "zone " + zone.id(), zone.isPublic()));
    }
    for (Component component : plan.peerComponents()) {
      addresses.add(new Addresses(names.componentAddresses(component.id()), "component " + component.id(), true));
    }
    List<Checked> variables = new ArrayList<>();
    variables.add(new Checked(names.variable("ssh_port"), "port", 1, 65535, List.of()));
    for (Feature feature : product.features()) {
      variables.add(new Checked(names.feature(feature.id()), "bool", 0, 0, List.of()));
    }
    for (Variable v : product.variables()) {
      variables.add(switch (v.kind()) {
        case PORT -> new Checked(names.productVariable(v), "port", v.min(), v.max(), List.of());
        case INSTANCE_COUNT -> new Checked(names.productVariable(v), "count", v.min(), v.max(), List.of());
        case PROTOCOL -> new Checked(names.productVariable(v), "protocol", 0, 0,
            v.choices().stream().map(c -> Literals.yamlString(c.toLowerCase(java.util.Locale.ROOT))).toList());
      });
    }
    List<Sysctl> sysctls = product.prerequisites().sysctls().stream().map(VarsView::sysctl).toList();
    String reason = product.prerequisites().outgoingReason();
    String text = product.title() + " needs its outgoing traffic allowed"
        + (reason == null || reason.isBlank() ? "" : ": " + RoleVariables.phrase(reason)) + ".";
    return new VarsView(role.role(), role.headerYaml(), role.chainIn(), role.chainOut(), role.chainDocker(),
        role.configDir(), rules,
        addresses, variables, !sysctls.isEmpty(), sysctls, plan.outgoingMustStayOpen(),
        YamlText.quoted(text, 2 + "outgoing_required: !unsafe ".length(), 4));
  }

  private static Sysctl sysctl(SysctlSetting s) {
    String ufwKey = s.key().replace('.', '/');
    return new Sysctl(Literals.yamlString(s.key()), Literals.yamlString(s.value()),
        // keys are validated dotted names: letters, digits, '_' and '-', no regex metacharacter
        Literals.yamlString("^\\s*#?\\s*" + ufwKey + "\\s*="),
        Literals.yamlString(ufwKey + "=" + s.value()));
  }
}
