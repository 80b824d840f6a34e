package dev.portcullis.format.ansible;

import dev.portcullis.render.Literals;
import java.util.ArrayList;
import java.util.List;

/**
 * YAML text that stays within yamllint's default line length (80): double-quoted scalars folded
 * at spaces, and comments wrapped into several {@code #} lines. Folding a double-quoted scalar
 * at a single space is exact: YAML turns the line break back into that one space.
 */
final class YamlText {
  static final int WIDTH = 80;

  private YamlText() {}

  /**
   * {@code value} as a double-quoted scalar whose first line starts at {@code column} and whose
   * continuation lines are indented by {@code indent} spaces.
   */
  static String quoted(String value, int column, int indent) {
    String literal = Literals.yamlString(value);
    if (column + literal.length() <= WIDTH) {
      return literal;
    }
    StringBuilder out = new StringBuilder();
    int lineStart = 0; // index in literal where the current output line starts
    int width = WIDTH - column;
    while (literal.length() - lineStart > width) {
      int cut = breakPoint(literal, lineStart, lineStart + width);
      if (cut < 0) {
        break;
      }
      out.append(literal, lineStart, cut).append('\n').append(" ".repeat(indent));
      lineStart = cut + 1;
      width = WIDTH - indent;
    }
    return out.append(literal, lineStart, literal.length()).toString();
  }

  /** The last single space in (from, limit] with non-space text on both sides, else the first after. */
  private static int breakPoint(String literal, int from, int limit) {
    int best = -1;
    for (int i = from + 1; i < literal.length() - 1; i++) {
      boolean single = literal.charAt(i) == ' ' && literal.charAt(i - 1) != ' ' && literal.charAt(i + 1) != ' '
          && literal.charAt(i - 1) != '\\';
      if (single) {
        if (i <= limit || best < 0) {
          best = i;
        }
        if (i > limit) {
          break;
        }
      }
    }
    return best;
  }

  /** {@code text} as {@code # } comment lines of at most {@link #WIDTH} columns at {@code indent}. */
  static List<String> comment(String text, int indent) {
    String prefix = " ".repeat(indent) + "# ";
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : Literals.words(Literals.commentLine(text))) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && prefix.length() + line.length() + 1 + word.length() > WIDTH) {
        lines.add(prefix + line);
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    if (line.length() > 0) {
      lines.add(prefix + line);
    }
    return lines;
  }

  /** The comment lines joined with newlines (no trailing newline). */
  static String commentBlock(String text, int indent) {
    return String.join("\n", comment(text, indent));
  }
}
