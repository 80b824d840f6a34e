package dev.portcullis.format.terraform;

import dev.portcullis.model.Icmp;

/**
 * A rule's {@code from_port}/{@code to_port}: a fixed range, a configurable port, an
 * instance-numbered range ({@code base+1 .. base+count}), an ICMP type and code (AWS puts the
 * type in {@code from_port} and the code in {@code to_port}, -1 = any), or none (all ports).
 *
 * @param from the first port, the instance base, or the ICMP type
 * @param to the last port (the default for variables), or the ICMP code
 */
record RulePorts(Kind kind, int from, int to, String variable) {
  enum Kind {
    RANGE,
    VARIABLE,
    INSTANCES,
    ICMP,
    NONE
  }

  static final RulePorts NONE = new RulePorts(Kind.NONE, 0, 0, null);

  static RulePorts range(int from, int to) {
    return new RulePorts(Kind.RANGE, from, to, null);
  }

  static RulePorts variable(String name, int defaultPort) {
    return new RulePorts(Kind.VARIABLE, defaultPort, defaultPort, name);
  }

  /** Instance N listens on {@code base + N}; {@code to} is the last port at the default count. */
  static RulePorts instances(int base, int defaultCount, String countVariable) {
    return new RulePorts(Kind.INSTANCES, base, base + defaultCount, countVariable);
  }

  static RulePorts icmp(int type, int code) {
    return new RulePorts(Kind.ICMP, type, code, null);
  }

  boolean isRange() {
    return kind == Kind.RANGE;
  }

  /** HCL of {@code from_port}. */
  String fromHcl() {
    return switch (kind) {
      case RANGE, ICMP -> Integer.toString(from);
      case VARIABLE -> "var." + variable;
      case INSTANCES -> Integer.toString(from + 1);
      case NONE -> "null";
    };
  }

  /** HCL of {@code to_port}. */
  String toHcl() {
    return switch (kind) {
      case RANGE, ICMP -> Integer.toString(to);
      case VARIABLE -> "var." + variable;
      case INSTANCES -> from + " + var." + variable;
      case NONE -> "null";
    };
  }

  /** The ports' part of a rule key, HCL template text ({@code 5705}, {@code 1514-1516}, {@code 8}). */
  String keyPart() {
    return switch (kind) {
      case RANGE -> from == to ? Integer.toString(from) : from + "-" + to;
      case VARIABLE -> "${var." + variable + "}";
      case INSTANCES -> (from + 1) + "-${" + from + " + var." + variable + "}";
      case ICMP -> from == Icmp.ANY ? "all" : to == Icmp.ANY ? Integer.toString(from) : from + "_" + to;
      case NONE -> "all";
    };
  }

  /** The first port at the module's defaults (ICMP: the type). */
  int defaultFrom() {
    return kind == Kind.INSTANCES ? from + 1 : from;
  }

  /** The last port at the module's defaults (ICMP: the code). */
  int defaultTo() {
    return to;
  }

  /** How the README shows it at the defaults. */
  String text() {
    return switch (kind) {
      case RANGE -> from == to ? Integer.toString(from) : from + "-" + to;
      case VARIABLE -> from + " (var." + variable + ")";
      case INSTANCES -> (from + 1) + "-" + to + " (" + from + " + var." + variable + ")";
      case ICMP -> from == Icmp.ANY ? "any type" : "type " + from + (to == Icmp.ANY ? "" : " code " + to);
      case NONE -> "all";
    };
  }
}
