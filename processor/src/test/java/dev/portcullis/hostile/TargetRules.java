package dev.portcullis.hostile;

import java.util.function.UnaryOperator;

/**
 * Where each target documents that it reduces a text instead of copying it, and how. Everywhere
 * else a text must come out literally. Each rule names the place in the target that documents it.
 */
final class TargetRules {
  private TargetRules() {}

  static TextCheck.Rules of(String target) {
    return switch (target) {
      case "docs" -> (file, path) -> TextCheck.Reduction.perText(TargetRules::markdown);
      default -> TextCheck.Rules.LITERAL;
    };
  }

  /**
   * Literals.markdownText: line breaks, tabs and control characters become spaces, and spaces at
   * either end are dropped.
   */
  static String markdown(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars().forEach(c -> out.append(c < 0x20 ? ' ' : (char) c));
    return out.toString().replaceAll("^ +| +$", "");
  }
}
