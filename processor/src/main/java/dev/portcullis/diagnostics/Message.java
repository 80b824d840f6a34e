package dev.portcullis.diagnostics;

import java.util.Locale;

/**
 * The catalogue of every message Portcullis reports, each with a stable id printed as
 * {@code [portcullis:<id>]}. Warnings can be silenced on the definition class or field with
 * {@code @SuppressWarnings("portcullis:<id>")}. Ids never change once released; the README lists them.
 */
public enum Message {
  // --- ports and protocols
  PORT_RANGE(Severity.ERROR, "port-range", "port %s is outside 1-65535"),
  RANGE_REVERSED(Severity.ERROR, "range-reversed", "range %d-%d is reversed; write %d-%d"),
  EMPTY_PORTS(Severity.ERROR, "empty-ports",
      "flow '%s' has no ports; give ports, ranges or instances (or put @Flow on a static final int constant)"),
  ICMP_PORTS(Severity.ERROR, "icmp-ports",
      "flow '%s' is ICMP and cannot have ports; use icmpType and icmpCode"),
  ICMP_TYPE_RANGE(Severity.ERROR, "icmp-type-range", "ICMP %s %d is outside -1 (any) to 255"),
  ICMP_ONLY(Severity.ERROR, "icmp-only",
      "icmpType/icmpCode are only meaningful for protocol ICMP, flow '%s' is %s"),
  CONSTANT_NOT_INT(Severity.ERROR, "constant-not-int",
      "@Flow on a field needs a static final int constant with a value; '%s' is not one"),
  CONSTANT_WITH_PORTS(Severity.ERROR, "constant-with-ports",
      "flow '%s' is on constant %s, whose value is the port; remove ports/ranges/instances"),
  PORTS_AND_INSTANCES(Severity.ERROR, "ports-and-instances",
      "flow '%s' gives instances and ports/ranges; instance-numbered ports stand alone"),
  INSTANCES_INVALID(Severity.ERROR, "instances-invalid", "instances of flow '%s': %s"),

  // --- flows between each other
  FLOW_CONFLICT(Severity.ERROR, "flow-conflict",
      "flow '%s' opens %s %s to the same peer and direction as flow '%s' on component '%s' but %s"),
  FLOW_DUPLICATE(Severity.WARNING, "flow-duplicate",
      "flow '%s' repeats %s %s of flow '%s' on component '%s' for the same peer and direction"),

  // --- references and ids
  UNKNOWN_COMPONENT(Severity.ERROR, "unknown-component", "no component '%s' is declared%s"),
  UNKNOWN_ZONE(Severity.ERROR, "unknown-zone", "no zone '%s' is declared%s"),
  UNKNOWN_FEATURE(Severity.ERROR, "unknown-feature", "no feature '%s' is declared%s"),
  COMPONENT_REPEATED(Severity.ERROR, "component-repeated",
      "flow '%s' lists component '%s' twice; each component gets the flow once"),
  PEER_MISSING(Severity.ERROR, "peer-missing",
      "flow '%s' needs exactly one peer: peerComponent or peerZone"),
  PEER_BOTH(Severity.ERROR, "peer-both",
      "flow '%s' gives both peerComponent '%s' and peerZone '%s'; give one"),
  DUPLICATE_ID(Severity.ERROR, "duplicate-id", "%s id '%s' is declared twice in product '%s'"),
  INVALID_ID(Severity.ERROR, "invalid-id",
      "%s id '%s' is not valid in every target: use snake_case (a-z, 0-9, _), start with a letter, at most %d characters (%s)"),
  DUPLICATE_PRODUCT(Severity.ERROR, "duplicate-product",
      "product id '%s' is already used by %s"),
  NO_FLOWS(Severity.ERROR, "no-flows", "product '%s' declares no flows"),
  NO_COMPONENTS(Severity.ERROR, "no-components", "product '%s' declares no @Component"),
  MISPLACED(Severity.ERROR, "misplaced", "@%s belongs on a class annotated @Product"),

  // --- zones
  INVALID_CIDR(Severity.ERROR, "invalid-cidr", "'%s' is not an IPv%d CIDR (%s)"),
  CIDR_HOST_BITS(Severity.ERROR, "cidr-host-bits",
      "CIDR '%s' has host bits set; the network address is '%s'"),
  PUBLIC_CIDR_NOT_PUBLIC(Severity.ERROR, "open-to-world",
      "zone '%s' defaults to the whole internet (%s) but is not declared isPublic = true"),
  INVALID_HOST_NAME(Severity.ERROR, "invalid-host-name",
      "zone '%s': '%s' is not a host name (RFC 1123; a leading '*.' may stand for one label): %s"),

  // --- variables
  VARIABLE_DEFAULT_RANGE(Severity.ERROR, "variable-default-range",
      "configurable port '%s' defaults to %s, outside 1-65535"),
  VARIABLE_NEEDS_SINGLE_PORT(Severity.ERROR, "variable-single-port",
      "portVariable '%s' moves one port, but flow '%s' declares %s"),
  VARIABLE_PROTOCOL(Severity.ERROR, "variable-protocol",
      "protocolVariable '%s' switches between TCP and UDP, but flow '%s' is %s"),
  DUPLICATE_VARIABLE(Severity.ERROR, "duplicate-variable",
      "variable '%s' is declared twice (flows '%s' and '%s'); flows share a port or protocol variable only"
          + " when they agree on its kind and default, and never an instance count"),

  // --- prerequisites
  INVALID_SYSCTL(Severity.ERROR, "invalid-sysctl", "sysctl key '%s' is not a dotted kernel parameter name"),

  // --- options and templates
  BAD_OPTION(Severity.ERROR, "bad-option", "option -A%s=%s: %s"),
  TEMPLATE_ERROR(Severity.ERROR, "template", "template '%s': %s"),
  WRITE_FAILED(Severity.ERROR, "write-failed", "cannot write %s: %s"),
  OUTPUT_DRIFT(Severity.ERROR, "output-drift",
      "%s is %s, for %s; build without -Aportcullis.verify=true to update the output directory, then commit it"),
  INTERNAL_ERROR(Severity.ERROR, "internal",
      "internal error while generating product '%s' (please report): %s"),

  // --- what a target cannot express
  ZONE_WITHOUT_DEFAULTS(Severity.WARNING, "zone-no-defaults",
      "zone '%s' has no default CIDRs, so %s opens nothing for it; %s"),
  ZONE_HOST_NAMES(Severity.WARNING, "zone-host-names",
      "zone '%s' is known by host names (%s), which %s cannot match; %s"),
  ANSIBLE_NAME_CLASH(Severity.ERROR, "ansible-name-clash",
      "the Ansible role would name two variables %s (%s and %s); rename one of them"),
  UFW_UNSUPPORTED(Severity.WARNING, "ufw-unsupported",
      "flow '%s' is %s, which ufw rules cannot express: %s"),
  FIREWALLD_ICMP_WIDENED(Severity.WARNING, "firewalld-icmp",
      "flow '%s' is %s, which the firewalld backend opens wider than its peer: %s"),
  K8S_ICMP_UNSUPPORTED(Severity.WARNING, "k8s-icmp",
      "flow '%s' is ICMP, which a Kubernetes NetworkPolicy cannot express; it is left as a comment in %s"),
  AWS_SCTP_PORTS(Severity.WARNING, "aws-sctp-ports",
      "flow '%s' is SCTP; AWS security groups cannot restrict SCTP to ports, so the Terraform module opens every SCTP port to its peer"),
  TERRAFORM_NAME_CLASH(Severity.ERROR, "terraform-name-clash",
      "the Terraform module would name two %ss '%s' (%s and %s); rename one of them"),
  K8S_PREREQUISITE(Severity.WARNING, "k8s-prerequisite",
      "host prerequisite '%s' cannot be expressed by a NetworkPolicy; it is documented in %s"),
  K8S_NAMESPACE_SELECTOR(Severity.ERROR, "k8s-namespace-selector",
      "zone '%s': namespaceSelector entry '%s' is not a Kubernetes label selector: %s"),
  K8S_POD_LABELS(Severity.ERROR, "k8s-pod-labels",
      "%s: podLabels entry '%s' cannot select Kubernetes pods: %s"),
  K8S_NAME_CLASH(Severity.ERROR, "k8s-name-clash",
      "two Kubernetes policies of product '%s' would be named '%s'; rename a component or feature so the ids joined with '-' stay distinct");

  private final Severity severity;
  private final String id;
  private final String format;

  Message(Severity severity, String id, String format) {
    this.severity = severity;
    this.id = id;
    this.format = format;
  }

  public Severity severity() {
    return severity;
  }

  /** The stable id, e.g. {@code port-range}. */
  public String id() {
    return id;
  }

  /** The token users put in {@code @SuppressWarnings}. */
  public String suppressionKey() {
    return "portcullis:" + id;
  }

  /** {@code [portcullis:<id>] <text>}. */
  public String format(Object... args) {
    return "[portcullis:" + id + "] " + String.format(Locale.ROOT, format, args);
  }
}
