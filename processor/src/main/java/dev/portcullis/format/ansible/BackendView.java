package dev.portcullis.format.ansible;

import java.util.List;

/**
 * The scope of the files of the nftables and firewalld backends (tasks, Jinja templates, their
 * filter plugin): names only, every value a validated id or path, so templates may write them raw.
 *
 * @param headerYaml the generated-file header as {@code #} comment lines (YAML, shell, Python)
 */
record BackendView(
    String role,
    String headerYaml,
    String configDir,
    String nftTable,
    String nftFile,
    String nftLoaded,
    String unitPath,
    String unitWantsPath,
    String handlerDaemonReload,
    String policyIn,
    String policyOut) {

  static BackendView of(RoleNames names, String headerYaml) {
    return new BackendView(
        names.role(),
        headerYaml,
        names.configDir(),
        names.nftTable(),
        names.configDir() + "/" + names.nftTable() + ".nft",
        names.configDir() + "/" + names.nftTable() + ".loaded",
        "/etc/systemd/system/" + names.unit(),
        "/etc/systemd/system/multi-user.target.wants/" + names.unit(),
        "Reload the systemd units for " + names.role(),
        names.firewalldPolicy("in"),
        names.firewalldPolicy("out"));
  }

  public String headerShell() {
    return headerYaml;
  }

  public String headerPython() {
    return headerYaml;
  }

  /** Files of the role, relative to its directory, rendered from this view (templates/ansible/<file>.mustache). */
  static final List<String> FILES = List.of(
      "tasks/nftables.yml", "tasks/firewalld.yml", "templates/nftables.nft.j2", "templates/nftables.service.j2",
      "templates/firewalld-policy.xml.j2");
}
