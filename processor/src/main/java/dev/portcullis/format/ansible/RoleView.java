package dev.portcullis.format.ansible;

import dev.portcullis.model.Product;
import java.util.List;

/**
 * The scope of the role's fixed files (tasks, handlers, Jinja templates, filter plugin): names
 * and switches only, every value a validated id or path, so templates may write them raw.
 *
 * @param headerYaml the generated-file header as {@code #} comment lines (YAML, shell, Python)
 */
record RoleView(
    String role,
    String headerYaml,
    String chainIn,
    String chainOut,
    String chainDocker,
    String configDir,
    String restoreScript,
    String unit,
    String unitPath,
    String unitWantsPath,
    String sysctlFile,
    String handlerDaemonReload,
    boolean hasSysctls,
    boolean forwarding,
    boolean outgoingRequired) {

  static RoleView of(Product product, RoleNames names, String header) {
    return new RoleView(
        names.role(),
        YamlText.commentBlock(header, 0),
        names.chain("in"),
        names.chain("out"),
        names.chain("dk"),
        names.configDir(),
        names.configDir() + "/restore.sh",
        names.unit(),
        "/etc/systemd/system/" + names.unit(),
        "/etc/systemd/system/multi-user.target.wants/" + names.unit(),
        names.sysctlFile(),
        "Reload the systemd units for " + names.role(),
        !product.prerequisites().sysctls().isEmpty(),
        product.prerequisites().requiresForwarding(),
        product.prerequisites().requiresOutgoing());
  }

  /** The same header for shell and Python files. */
  public String headerShell() {
    return headerYaml;
  }

  public String headerPython() {
    return headerYaml;
  }

  /** Files of the role, relative to its directory, rendered from this view. */
  static final List<String> FIXED_FILES = List.of(
      "tasks/main.yml", "tasks/preflight.yml", "tasks/ufw.yml", "tasks/iptables.yml", "handlers/main.yml",
      "templates/rules.j2", "templates/restore.sh.j2", "templates/restore.service.j2");
}
