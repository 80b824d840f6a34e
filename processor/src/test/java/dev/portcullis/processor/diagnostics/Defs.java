package dev.portcullis.processor.diagnostics;

import dev.portcullis.processor.testing.Javac;
import javax.tools.JavaFileObject;

/** Small definitions for diagnostic tests: package {@code p}, annotations imported. */
final class Defs {
  /** The lines every definition here starts with. */
  static final String HEADER = "package p;\nimport dev.portcullis.annotations.*;\n";

  private Defs() {}

  /** {@code p.<simpleName>} with {@code body} after the package and import lines (so line 3 is its first line). */
  static JavaFileObject def(String simpleName, String body) {
    return Javac.source("p." + simpleName, HEADER + body);
  }
}
