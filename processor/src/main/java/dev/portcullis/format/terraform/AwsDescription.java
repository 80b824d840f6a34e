package dev.portcullis.format.terraform;

import dev.portcullis.render.Literals;
import java.text.Normalizer;

/**
 * Reduces any text to what AWS accepts as a security group or rule description: at most 255
 * characters from {@code a-zA-Z0-9 ._-:/()#,@[]+=&;{}!$*}. AWS checks this only at apply time,
 * so the generator must. The rule (also stated in every module's README): accents are dropped
 * ({@code é} becomes {@code e}), {@code <}/{@code >} become {@code (}/{@code )}, {@code |}
 * becomes {@code /}, {@code '}, {@code "} and backticks are removed, every other character
 * becomes a space, runs of spaces collapse to one, and the text is cut to 255 characters.
 */
public final class AwsDescription {
  /** AWS's limit on a description's length. */
  public static final int MAX_LENGTH = 255;

  /** The punctuation AWS allows besides letters, digits and the space. */
  private static final String ALLOWED_PUNCTUATION = "._-:/()#,@[]+=&;{}!$*";

  private AwsDescription() {}

  /** The AWS-safe form of {@code text}; never longer than {@link #MAX_LENGTH}. */
  public static String of(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue; // the accent of a decomposed letter
      }
      switch (c) {
        case '<' -> out.append('(');
        case '>' -> out.append(')');
        case '|' -> out.append('/');
        case '\'', '"', '`' -> { }
        default -> out.append(isAllowed(c) ? c : ' ');
      }
    }
    String collapsed = String.join(" ", Literals.words(out.toString())).strip();
    if (collapsed.length() > MAX_LENGTH) {
      collapsed = collapsed.substring(0, MAX_LENGTH).stripTrailing();
    }
    return collapsed;
  }

  /** Whether AWS accepts {@code c} in a description. */
  public static boolean isAllowed(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' '
        || ALLOWED_PUNCTUATION.indexOf(c) >= 0;
  }
}
