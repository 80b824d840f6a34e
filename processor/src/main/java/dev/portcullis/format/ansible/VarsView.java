package dev.portcullis.format.ansible;

import dev.portcullis.model.Product;
import dev.portcullis.model.SysctlSetting;
import dev.portcullis.render.Literals;
import java.util.List;

/** The scope of {@code vars/main.yml}: the flow table and the internal values. */
record VarsView(
    String role,
    String headerYaml,
    String chainIn,
    String chainOut,
    String configDir,
    List<FlowEntry> flows,
    boolean hasSysctls,
    List<Sysctl> sysctls,
    boolean outgoingRequired,
    String outgoingReason) {

  /**
   * One kernel parameter, every value a YAML literal: its name and value, and the line ufw's
   * sysctl.conf (which writes keys with slashes) should hold, with a regexp finding it.
   */
  record Sysctl(String name, String value, String ufwRegexp, String ufwLine) {}

  static VarsView of(Product product, RoleNames names, RoleView role) {
    List<FlowEntry> flows = product.flows().stream().map(f -> FlowEntry.of(f, names, product)).toList();
    List<Sysctl> sysctls = product.prerequisites().sysctls().stream()
        .map(VarsView::sysctl).toList();
    String reason = product.prerequisites().outgoingReason();
    String text = product.title() + " needs its outgoing traffic allowed"
        + (reason == null || reason.isBlank() ? "" : ": " + RoleVariables.phrase(reason)) + ".";
    return new VarsView(role.role(), role.headerYaml(), role.chainIn(), role.chainOut(), role.configDir(), flows,
        !sysctls.isEmpty(), sysctls, product.prerequisites().requiresOutgoing(),
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
