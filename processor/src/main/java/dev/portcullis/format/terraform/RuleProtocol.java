package dev.portcullis.format.terraform;

/**
 * A rule's {@code ip_protocol}: a fixed value ({@code tcp}, {@code udp}, {@code icmp},
 * {@code icmpv6}, {@code 132} for SCTP, {@code -1} for all) or a module variable.
 */
record RuleProtocol(String fixed, String variable) {
  static final RuleProtocol ALL = fixed("-1");

  static RuleProtocol fixed(String value) {
    return new RuleProtocol(value, null);
  }

  static RuleProtocol variable(String name, String defaultValue) {
    return new RuleProtocol(defaultValue, name);
  }

  boolean isVariable() {
    return variable != null;
  }

  /** Whether the rule can carry a port range (fixed TCP or UDP). */
  boolean hasPorts() {
    return isVariable() || fixed.equals("tcp") || fixed.equals("udp");
  }

  /** The HCL expression of {@code ip_protocol}. */
  String hcl() {
    return isVariable() ? "var." + variable : Hcl.quote(fixed);
  }

  /** The protocol's part of a rule key, HCL template text. */
  String keyPart() {
    return isVariable() ? "${var." + variable + "}" : fixed.equals("132") ? "sctp" : fixed;
  }

  /** How the README shows it (the default value, and the variable when there is one). */
  String text() {
    String name = fixed.equals("132") ? "sctp" : fixed.equals("-1") ? "all" : fixed;
    return isVariable() ? name + " (var." + variable + ")" : name;
  }
}
