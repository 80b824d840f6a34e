package dev.portcullis.target.docs;

import java.nio.charset.StandardCharsets;

/**
 * A URL made safe as a Markdown link destination written raw inside {@code <...>}: every byte
 * outside printable ASCII, and the characters that would end or bend the destination
 * ({@code < > \ `} space, quotes), is percent-encoded.
 */
final class LinkTarget {
  private LinkTarget() {}

  static String of(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (byte b : url.strip().getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean plain = c > 0x20 && c < 0x7f && "<>\\`\"' ".indexOf(c) < 0;
      if (plain) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
