package dev.portcullis.format.docs;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Mermaid's own escaping, which Markdown's does not cover: a label is always a double-quoted
 * string, and inside it every character Mermaid would read as syntax becomes an entity code
 * ({@code #quot;}, {@code #35;}, ...). Backticks are encoded too, so a label can never close the
 * Markdown code fence the diagram sits in.
 */
public final class MermaidText {
  private MermaidText() {}

  /** A quoted label of one or more lines ({@code "a<br/>b"}), safe in a node or on an arrow. */
  public static String label(List<String> lines) {
    return lines.stream().map(MermaidText::escape).collect(Collectors.joining("<br/>", "\"", "\""));
  }

  /** A quoted one-line label. */
  public static String label(String text) {
    return label(List.of(text));
  }

  /**
   * A node id from a prefix and a model id: only {@code [A-Za-z0-9_]} survive, so ids never
   * clash with keywords ({@code end}, {@code subgraph}) or arrow heads ({@code o}, {@code x}).
   */
  public static String nodeId(String prefix, String id) {
    StringBuilder out = new StringBuilder(prefix).append('_');
    id.codePoints().forEach(cp -> {
      boolean plain = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
      if (plain) {
        out.appendCodePoint(cp);
      } else {
        out.append("_x").append(Integer.toHexString(cp)).append('_');
      }
    });
    return out.toString();
  }

  /** The inside of a quoted label: entity codes for everything Mermaid or HTML would interpret. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '"' -> out.append("#quot;");
        case '#' -> out.append("#35;");
        case '&' -> out.append("#amp;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '`' -> out.append("#96;");
        case '|' -> out.append("#124;");
        case '\\' -> out.append("#92;");
        default -> {
          if (cp < 0x20 || cp == 0x7f || cp == 0x2028 || cp == 0x2029) {
            out.append(' ');
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
    });
    return out.toString();
  }
}
