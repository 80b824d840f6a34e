package dev.portcullis.format.kubernetes;

import dev.portcullis.render.Literals;
import java.util.ArrayList;
import java.util.List;

/**
 * Comment text cut into lines that fit yamllint's default line length (80) at a given indent:
 * words are kept whole, so a single word longer than the line (a URL) stays on its own line,
 * which yamllint's default configuration allows.
 */
public final class CommentLines {
  /** yamllint's default {@code line-length.max}. */
  public static final int MAX = 80;

  private CommentLines() {}

  /** The lines of {@code text} for comments written at {@code indent} as {@code "# " + line}. */
  public static List<String> wrap(String text, int indent) {
    int width = MAX - indent - 2;
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : Literals.words(Literals.commentLine(text))) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Every text of {@code texts} wrapped, in order. */
  public static List<String> wrapAll(List<String> texts, int indent) {
    List<String> lines = new ArrayList<>();
    texts.forEach(t -> lines.addAll(wrap(t, indent)));
    return lines;
  }
}
