package dev.portcullis.render;

import java.util.ArrayList;
import java.util.List;

/** String literals of the output languages; each is total (any input gives a valid literal). */
public final class Literals {
  private Literals() {}

  /**
   * A YAML double-quoted scalar. Double quotes make every indicator ({@code : # - ? | > ! & * % @}
   * and backticks) and every YAML 1.1 implicit type ({@code yes}, {@code 20:21}, {@code 0644})
   * plain text; non-printable characters become escapes. Used as a mapping key it must stay
   * under 1,024 characters (the YAML limit of an implicit key).
   */
  public static String yamlString(String value) {
    if (isPlainYaml(value)) {
      return '"' + value + '"'; // the common case: nothing to escape
    }
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    value.codePoints().forEach(cp -> {
      switch (cp) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || cp == 0x2028 || cp == 0x2029
              || cp == 0xfeff || (cp >= 0xd800 && cp <= 0xdfff)) {
            out.append(String.format("\\u%04x", cp));
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
    });
    return out.append('"').toString();
  }

  /** Whether {@link #yamlString} would copy every character of {@code value} as it is. */
  private static boolean isPlainYaml(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7f && (c < 0xa0 || c == 0x2028 || c == 0x2029 || c == 0xfeff
          || c >= 0xd800 && c <= 0xdfff)) {
        return false;
      }
    }
    return true;
  }

  /** An HCL quoted string: {@code \" \\ \n \r \t}, control characters as {@code \\uNNNN}, {@code $${} and {@code %%{}. */
  public static String hclString(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      char next = i + 1 < value.length() ? value.charAt(i + 1) : 0;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '$' -> out.append(next == '{' ? "$$" : "$");
        case '%' -> out.append(next == '{' ? "%%" : "%");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A JSON string literal. */
  public static String jsonString(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * Markdown inline text, the same in a table cell, a list item or a paragraph (CommonMark with
   * GitHub's tables). Line breaks, tabs and other control characters become spaces and spaces at
   * either end are dropped (Markdown cannot show them); characters that start inline markup
   * ({@code \ ` * _ [ ] < > | # & ~}; {@code &} would start an entity like {@code &amp;}) are
   * backslash-escaped, and so is a start that would open a block ({@code -}, {@code +},
   * {@code =}, {@code 1.}, {@code 1)}). The reader sees the text itself.
   */
  public static String markdownText(String value) {
    CharSequence out = isPlainMarkdown(value) ? value : escapeMarkdown(value);
    int start = 0;
    int end = out.length();
    while (start < end && out.charAt(start) == ' ') {
      start++;
    }
    while (end > start && out.charAt(end - 1) == ' ') {
      end--;
    }
    String text = out.subSequence(start, end).toString();
    if (text.startsWith("-") || text.startsWith("+") || text.startsWith("=")) {
      return "\\" + text;
    }
    int digits = 0;
    while (digits < text.length() && digits < 10 && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
      digits++;
    }
    if (digits > 0 && digits < text.length() && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
      return text.substring(0, digits) + "\\" + text.substring(digits);
    }
    return text;
  }

  /**
   * A Java string literal for generated source. Control characters are octal escapes and
   * {@code U+0085 U+2028 U+2029} are {@code \\uNNNN} escapes: javac turns a {@code \\uNNNN}
   * escape into its character before it reads the literal, so one for a line feed would end it,
   * while JavaPoet breaks a line at a raw U+2028 inside a {@code $S} argument.
   */
  public static String javaString(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\%03o", (int) c));
          } else if ((c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * Text inside a Javadoc comment, on one line: {@code *}{@code /} cannot end the comment,
   * a backslash cannot start a {@code \\u} escape (javac reads those even in comments), and
   * {@code & < > @} are HTML entities so the text is neither markup nor a tag.
   */
  public static String javadocText(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(i > 0 && value.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> out.append(breaksCommentLine(c) ? ' ' : c);
      }
    }
    return out.toString().strip();
  }

  /** Whether {@link #markdownText} has nothing to escape or replace in {@code value}. */
  private static boolean isPlainMarkdown(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || isMarkdownSpecial(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isMarkdownSpecial(char c) {
    return switch (c) {
      case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '&', '~' -> true;
      default -> false;
    };
  }

  private static StringBuilder escapeMarkdown(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isMarkdownSpecial(c)) {
        out.append('\\').append(c);
      } else {
        out.append(c < 0x20 ? ' ' : c);
      }
    }
    return out;
  }

  /** The words of {@code text}: what stands between runs of spaces, none empty. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == ' ') {
        if (i > start) {
          words.add(text.substring(start, i));
        }
        start = i + 1;
      }
    }
    return words;
  }

  /**
   * One line of a comment (YAML {@code #}, HCL {@code #}, shell): newlines and control
   * characters become spaces, so the text cannot end the comment.
   */
  public static String commentLine(String value) {
    int first = 0;
    while (first < value.length() && !breaksCommentLine(value.charAt(first))) {
      first++;
    }
    if (first == value.length()) {
      return value.strip(); // most text has nothing to replace: no copy
    }
    StringBuilder out = new StringBuilder(value.length()).append(value, 0, first);
    for (int i = first; i < value.length(); i++) {
      char c = value.charAt(i);
      out.append(breaksCommentLine(c) ? ' ' : c);
    }
    return out.toString().strip();
  }

  /** A control character or a line separator: it could end a one-line comment, so it becomes a space. */
  private static boolean breaksCommentLine(char c) {
    return c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029;
  }
}
