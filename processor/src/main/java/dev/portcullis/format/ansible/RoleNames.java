package dev.portcullis.format.ansible;

import dev.portcullis.format.RenderContext;
import dev.portcullis.model.Product;
import dev.portcullis.model.Variable;

/**
 * Every name the role of one product uses: the prefix of its variables ({@code role},
 * {@code <product>_firewall}: unchanged since the roles stood alone, so inventories keep working,
 * and it starts with the role's name as ansible-lint's var-naming wants), the collection whose
 * filters it calls, its iptables chains and the files it installs on the host.
 *
 * @param collection {@code <namespace>.<name>}, the prefix of the filters
 */
record RoleNames(String product, String role, String collection) {
  /** iptables keeps at most 28 characters of a chain name. */
  static final int MAX_CHAIN = 28;

  RoleNames(String product, String role) {
    this(product, role, Collection.DEFAULT_NAMESPACE + "." + Collection.DEFAULT_NAME);
  }

  static RoleNames of(Product product, RenderContext context) {
    return new RoleNames(product.id(), product.id() + "_firewall", Collection.of(context).fqcn());
  }

  /** {@code <role>_<name>}: a variable users set. */
  String variable(String name) {
    return role + "_" + name;
  }

  /** {@code <role>__<name>}: an internal variable of vars/main.yml. */
  String internal(String name) {
    return role + "__" + name;
  }

  String zoneAddresses(String zone) {
    return variable("zone_" + zone);
  }

  String componentAddresses(String component) {
    return variable("component_" + component);
  }

  String feature(String feature) {
    return variable("feature_" + feature);
  }

  String productVariable(Variable variable) {
    return variable(variable.name());
  }

  /** The iptables chain of one direction ({@code in} or {@code out}), e.g. {@code pc-storageos-in}. */
  String chain(String direction) {
    String chain = "pc-" + product.replace('_', '-') + "-" + direction;
    return chain.length() <= MAX_CHAIN ? chain : chain.substring(0, MAX_CHAIN - direction.length() - 1) + "-" + direction;
  }

  /** Where the iptables backend keeps its rules files and boot script on the host. */
  String configDir() {
    return "/etc/portcullis/" + product;
  }

  /** The systemd unit that restores the iptables chains at boot. */
  String unit() {
    return "portcullis-" + product.replace('_', '-') + ".service";
  }

  /** The sysctl.d file of the kernel prerequisites. */
  String sysctlFile() {
    return "/etc/sysctl.d/60-" + role + ".conf";
  }
}
