package dev.portcullis.format.docs;

import dev.portcullis.model.Flow;
import dev.portcullis.model.Product;
import dev.portcullis.model.SysctlSetting;
import dev.portcullis.model.Transport;
import dev.portcullis.model.Variable;
import dev.portcullis.model.VariableKind;
import dev.portcullis.model.Zone;
import java.util.ArrayList;
import java.util.List;

/**
 * What each target could not express for a product (DESIGN.md §2): ICMP in ufw and in
 * NetworkPolicy, host prerequisites where the target configures no host, zones that have no
 * default addresses, values that Kubernetes manifests fix at generation. Listed on the page so a
 * reviewer sees every gap in one place, next to the build warnings that point at them.
 */
final class Limitations {
  private static final String UFW = "Ansible, ufw backend";
  private static final String ANSIBLE = "Ansible";
  private static final String TERRAFORM = "Terraform (AWS security groups)";
  private static final String KUBERNETES = "Kubernetes NetworkPolicy";

  List<Limitation> of(Product product) {
    List<Limitation> out = new ArrayList<>();
    for (Flow f : product.flows()) {
      icmp(f, out);
      sctp(f, out);
    }
    prerequisites(product, out);
    for (Zone z : product.zones()) {
      zone(product, z, out);
    }
    for (Variable v : product.variables()) {
      out.add(new Limitation(KUBERNETES, "variable " + v.name(), "Manifests hold values, not variables: the "
          + what(v) + " is fixed at its default (" + v.defaultValue() + "). Change the definition, or patch the "
          + "manifests with kustomize, to use another value."));
    }
    return out;
  }

  private static String what(Variable v) {
    return v.kind() == VariableKind.INSTANCE_COUNT ? "instance count"
        : v.kind() == VariableKind.PROTOCOL ? "protocol" : "port";
  }

  private static void icmp(Flow f, List<Limitation> out) {
    if (!f.isIcmp()) {
      return;
    }
    String subject = "flow " + f.id() + " on " + f.component() + " (ICMP " + PortText.icmp(f.icmp()) + ")";
    out.add(new Limitation(UFW, subject, "ufw has no per-rule ICMP: its default before.rules accept echo requests "
        + "and the error messages of open connections, and decide everything else. The iptables backend opens "
        + "exactly this flow."));
    out.add(new Limitation(KUBERNETES, subject, "NetworkPolicy has no ICMP: the flow is a comment in the "
        + "manifest and the build warns (portcullis:k8s-icmp). Cilium and Calico policies can express it."));
    if (!f.icmp().hasV6()) {
      out.add(new Limitation("every target, IPv6", subject, "ICMP type " + f.icmp().type()
          + " has no ICMPv6 counterpart, so the flow is opened for IPv4 only."));
    }
  }

  private static void sctp(Flow f, List<Limitation> out) {
    if (!f.transports().contains(Transport.SCTP)) {
      return;
    }
    String subject = "flow " + f.id() + " on " + f.component() + " (SCTP " + PortText.merged(f.ports()) + ")";
    out.add(new Limitation(UFW, subject, "ufw has no SCTP protocol; use the iptables backend for this flow."));
    out.add(new Limitation(TERRAFORM, subject, "Security groups cannot filter SCTP by port: a rule for SCTP "
        + "allows every SCTP port from the peer."));
  }

  private static void prerequisites(Product product, List<Limitation> out) {
    List<String> settings = new ArrayList<>();
    for (SysctlSetting s : product.prerequisites().sysctls()) {
      settings.add("sysctl " + s.key() + " = " + s.value());
    }
    if (product.prerequisites().requiresForwarding()) {
      settings.add("packet forwarding allowed");
    }
    for (String setting : settings) {
      out.add(new Limitation(TERRAFORM, setting, "Security groups do not configure hosts: set it on the "
          + "instances (the Ansible role does)."));
      out.add(new Limitation(KUBERNETES, setting, "NetworkPolicy does not configure nodes: set it on the nodes; "
          + "the build warns (portcullis:k8s-prerequisite)."));
    }
  }

  private static void zone(Product product, Zone z, List<Limitation> out) {
    if (!z.hasNoDefaults() || product.flows().stream().noneMatch(f -> f.peer().isZone() && f.peer().id().equals(z.id()))) {
      return;
    }
    String subject = "zone " + z.id();
    if (z.localSubnet()) {
      out.add(new Limitation(TERRAFORM + ", " + KUBERNETES, subject, "The host's own subnet is only known on "
          + "the host: the Ansible role resolves it from the host's facts, while these targets open nothing for "
          + "the zone until you give it CIDRs (portcullis:zone-no-defaults)."));
      return;
    }
    String targets = z.namespaceSelector().isEmpty() ? "every target" : ANSIBLE + ", " + TERRAFORM;
    out.add(new Limitation(targets, subject, "The zone has no default CIDRs, so nothing is opened for it until "
        + "you give it addresses (the build warns: portcullis:zone-no-defaults)."));
  }
}
