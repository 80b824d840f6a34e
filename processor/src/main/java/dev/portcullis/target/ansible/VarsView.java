package dev.portcullis.target.ansible;

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
    List<FlowEntry> flows,
    boolean hasSysctls,
    List<Sysctl> sysctls,
    boolean outgoingRequired,
    String outgoingReason) {

  /** One kernel parameter, both values YAML literals. */
  record Sysctl(String name, String value) {}

  static VarsView of(Product product, RoleNames names, RoleView role) {
    List<FlowEntry> flows = product.flows().stream().map(f -> FlowEntry.of(f, names, product)).toList();
    List<Sysctl> sysctls = product.prerequisites().sysctls().stream()
        .map((SysctlSetting s) -> new Sysctl(Literals.yamlString(s.key()), Literals.yamlString(s.value())))
        .toList();
    String reason = product.prerequisites().outgoingReason();
    String text = product.title() + " needs its outgoing traffic allowed"
        + (reason == null || reason.isBlank() ? "" : ": " + RoleVariables.phrase(reason)) + ".";
    return new VarsView(role.role(), role.headerYaml(), role.chainIn(), role.chainOut(), flows,
        !sysctls.isEmpty(), sysctls, product.prerequisites().requiresOutgoing(),
        YamlText.quoted(text, names.internal("outgoing_reason").length() + ": !unsafe ".length(), 2));
  }
}
