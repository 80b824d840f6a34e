package dev.portcullis.format.docs;

/**
 * A URL made safe as a Markdown link destination written raw inside {@code <...>}: there,
 * CommonMark reads backslash escapes and entity references and ends at {@code >} or a line
 * break, so {@code \ < > &} are backslash-escaped and control characters become spaces. The
 * destination a Markdown reader parses back is the URL itself.
 */
final class LinkTarget {
  private LinkTarget() {}

  static String of(String url) {
    StringBuilder out = new StringBuilder(url.length());
    url.strip().codePoints().forEach(cp -> {
      if (cp == '\\' || cp == '<' || cp == '>' || cp == '&') {
        out.append('\\').appendCodePoint(cp);
      } else if (cp < 0x20 || cp == 0x7f || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
        out.append(' ');
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }
}
