package dev.portcullis.format.terraform;

import dev.portcullis.render.Literals;
import java.util.List;
import java.util.regex.Pattern;

/** Small pieces of HCL the target writes itself (templates get them as ready-made text). */
final class Hcl {
  /** What may stand in a rule key's literal text without any escaping. */
  private static final Pattern KEY_TEXT = Pattern.compile("[a-z0-9_+./:\\-]*");

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
    if (!KEY_TEXT.matcher(text).matches()) {
      throw new IllegalArgumentException("rule key text needs escaping: " + text);
    }
    return text;
  }
}
