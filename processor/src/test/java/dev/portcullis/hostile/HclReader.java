package dev.portcullis.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * A small reader of HCL native syntax, enough to see what Terraform sees: it splits a file into
 * tokens (identifiers, numbers, punctuation, strings) and skips comments. A quoted string or a
 * heredoc is decoded as Terraform decodes a template: {@code \n \r \t \" \\ \\uNNNN \\UNNNNNNNN}
 * escapes (quoted strings only), {@code $${} and {@code %%{} as literal {@code ${} and
 * {@code %{}, and every real interpolation {@code ${...}} or directive {@code %{...}} kept as
 * {@link #INTERPOLATION_START}expression{@link #INTERPOLATION_END}, so a caller can tell text
 * from code. Anything Terraform would reject (an unknown escape, a line break inside a quoted
 * string, an unterminated string or heredoc) throws {@link HclSyntaxException}.
 */
final class HclReader {
  /** Marks where a real {@code ${...}} or {@code %{...}} begins in a decoded string. */
  static final char INTERPOLATION_START = '\ue000';
  /** Marks where it ends. */
  static final char INTERPOLATION_END = '\ue001';

  enum Kind { IDENTIFIER, NUMBER, PUNCT, STRING }

  /** One token; {@code line} is 1-based. */
  record Token(Kind kind, String text, int line) {
    @Override
    public String toString() {
      return kind + "(" + text + ")@" + line;
    }
  }

  static final class HclSyntaxException extends RuntimeException {
    HclSyntaxException(String message, int line) {
      super("line " + line + ": " + message);
    }
  }

  private final String src;
  private int pos;
  private int line = 1;

  private HclReader(String src) {
    this.src = src;
  }

  static List<Token> tokens(String source) {
    return new HclReader(source).all();
  }

  private List<Token> all() {
    List<Token> out = new ArrayList<>();
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\n') {
        line++;
        pos++;
      } else if (c == ' ' || c == '\t') {
        pos++;
      } else if (c == '\r') {
        throw new HclSyntaxException("carriage return outside a string", line);
      } else if (c == '#' || src.startsWith("//", pos)) {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
      } else if (src.startsWith("/*", pos)) {
        int end = src.indexOf("*/", pos + 2);
        if (end < 0) {
          throw new HclSyntaxException("unterminated /* comment", line);
        }
        line += count(src.substring(pos, end), '\n');
        pos = end + 2;
      } else if (c == '"') {
        int start = line;
        pos++;
        out.add(new Token(Kind.STRING, quoted(), start));
      } else if (src.startsWith("<<", pos) && heredocAhead()) {
        int start = line;
        out.add(new Token(Kind.STRING, heredoc(), start));
      } else if (Character.isLetter(c) || c == '_') {
        int begin = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_'
            || src.charAt(pos) == '-')) {
          pos++;
        }
        out.add(new Token(Kind.IDENTIFIER, src.substring(begin, pos), line));
      } else if (Character.isDigit(c)) {
        int begin = pos;
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.'
            || src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
          pos++;
        }
        out.add(new Token(Kind.NUMBER, src.substring(begin, pos), line));
      } else if ("{}[]()=,.:?!<>+-*/%&|".indexOf(c) >= 0) {
        int width = twoCharOperator() ? 2 : 1;
        out.add(new Token(Kind.PUNCT, src.substring(pos, pos + width), line));
        pos += width;
      } else {
        throw new HclSyntaxException("unexpected character U+" + Integer.toHexString(c), line);
      }
    }
    return out;
  }

  private boolean twoCharOperator() {
    if (pos + 1 >= src.length()) {
      return false;
    }
    String two = src.substring(pos, pos + 2);
    return List.of("==", "!=", "<=", ">=", "&&", "||", "=>").contains(two);
  }

  private boolean heredocAhead() {
    int p = pos + 2;
    if (p < src.length() && src.charAt(p) == '-') {
      p++;
    }
    return p < src.length() && (Character.isLetter(src.charAt(p)) || src.charAt(p) == '_');
  }

  /** The body of a quoted template after its opening quote, up to and past the closing quote. */
  private String quoted() {
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= src.length()) {
        throw new HclSyntaxException("unterminated string", line);
      }
      char c = src.charAt(pos);
      if (c == '"') {
        pos++;
        return out.toString();
      }
      if (c == '\n' || c == '\r') {
        throw new HclSyntaxException("line break inside a quoted string", line);
      }
      if (c == '\\') {
        out.append(escape());
      } else if (!templateSequence(out)) {
        out.append(c);
        pos++;
      }
    }
  }

  /** Handles {@code $${ %%{ ${ %{} at pos; returns false when pos holds ordinary text. */
  private boolean templateSequence(StringBuilder out) {
    if (src.startsWith("$${", pos) || src.startsWith("%%{", pos)) {
      out.append(src.charAt(pos)).append('{');
      pos += 3;
      return true;
    }
    if (src.startsWith("${", pos) || src.startsWith("%{", pos)) {
      int begin = pos;
      pos += 2;
      skipExpression();
      out.append(INTERPOLATION_START).append(src, begin, pos).append(INTERPOLATION_END);
      return true;
    }
    return false;
  }

  /** Skips an interpolation's expression up to and past its closing brace (nested braces and strings). */
  private void skipExpression() {
    int depth = 1;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '"') {
        pos++;
        quoted();
        continue;
      }
      if (c == '\n') {
        line++;
      }
      pos++;
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return;
      }
    }
    throw new HclSyntaxException("unterminated interpolation", line);
  }

  private String escape() {
    if (pos + 1 >= src.length()) {
      throw new HclSyntaxException("dangling backslash", line);
    }
    char e = src.charAt(pos + 1);
    pos += 2;
    switch (e) {
      case 'n':
        return "\n";
      case 'r':
        return "\r";
      case 't':
        return "\t";
      case '"':
        return "\"";
      case '\\':
        return "\\";
      case 'u':
        return codePoint(4);
      case 'U':
        return codePoint(8);
      default:
        throw new HclSyntaxException("invalid escape \\" + e, line);
    }
  }

  private String codePoint(int digits) {
    if (pos + digits > src.length()) {
      throw new HclSyntaxException("short unicode escape", line);
    }
    String hex = src.substring(pos, pos + digits);
    if (!hex.matches("[0-9a-fA-F]+")) {
      throw new HclSyntaxException("bad unicode escape " + hex, line);
    }
    pos += digits;
    int cp = Integer.parseInt(hex, 16);
    if (cp >= 0xd800 && cp <= 0xdfff) {
      throw new HclSyntaxException("surrogate in unicode escape " + hex, line);
    }
    return new String(Character.toChars(cp));
  }

  /** {@code <<ID} or {@code <<-ID}, its lines, and the closing {@code ID} line. */
  private String heredoc() {
    pos += 2;
    boolean indented = src.charAt(pos) == '-';
    if (indented) {
      pos++;
    }
    int begin = pos;
    while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
      pos++;
    }
    String id = src.substring(begin, pos);
    if (pos >= src.length() || src.charAt(pos) != '\n') {
      throw new HclSyntaxException("heredoc marker must end its line", line);
    }
    pos++;
    line++;
    List<String> lines = new ArrayList<>();
    while (true) {
      if (pos >= src.length()) {
        throw new HclSyntaxException("unterminated heredoc " + id, line);
      }
      int end = src.indexOf('\n', pos);
      String text = src.substring(pos, end < 0 ? src.length() : end);
      pos = end < 0 ? src.length() : end + 1;
      line++;
      if (text.strip().equals(id)) {
        break;
      }
      lines.add(text);
    }
    if (indented) {
      int indent = lines.stream().filter(l -> !l.isBlank())
          .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
      lines.replaceAll(l -> l.length() >= indent ? l.substring(indent) : l.stripLeading());
    }
    String body = lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    return heredocTemplate(body);
  }

  /** Heredocs have no backslash escapes, but interpolation and its escapes work as in quotes. */
  private static String heredocTemplate(String body) {
    HclReader inner = new HclReader(body);
    StringBuilder out = new StringBuilder();
    while (inner.pos < body.length()) {
      if (!inner.templateSequence(out)) {
        out.append(body.charAt(inner.pos));
        inner.pos++;
      }
    }
    return out.toString();
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(x -> x == c).count();
  }
}
