package dev.portcullis.diagnostics;

/** How a message is reported to javac. */
public enum Severity {
  ERROR,
  WARNING
}
