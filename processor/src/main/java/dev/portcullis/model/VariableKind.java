package dev.portcullis.model;

/** What a user-settable variable holds. */
public enum VariableKind {
  /** A port number 1-65535. */
  PORT,
  /** {@code tcp} or {@code udp}. */
  PROTOCOL,
  /** How many instances of an instance-numbered service run (1..max). */
  INSTANCE_COUNT
}
