package dev.portcullis.format.terraform;

import dev.portcullis.render.Literals;
import java.util.List;

/** Small pieces of HCL the target writes itself (templates get them as ready-made text). */
final class Hcl {

  private Hcl() {}

  /** A quoted HCL string, escaped. */
  static String quote(String value) {
    return Literals.hclString(value);
  }

  /** {@code ["a", "b"]} with every element quoted. */
  static String list(List<String> values) {
    return "[" + String.join(", ", values.stream().map(Hcl::quote).toList()) + "]";
  }

  /**
   * Checks that literal key text (ids, numbers, CIDRs) needs no escaping, so it can be spliced
   * next to {@code ${...}} interpolations in a quoted template string.
   */
  static String keyText(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isKeyChar(text.charAt(i))) {
        throw new IllegalArgumentException("rule key text needs escaping: " + text);
      }
    }
    return text;
  }

  /** What may stand in a rule key's literal text without any escaping: [a-z0-9_+./:-]. */
  private static boolean isKeyChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '+' || c == '.' || c == '/'
        || c == ':' || c == '-';
  }
}
