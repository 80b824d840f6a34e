package dev.portcullis.format;

import java.nio.charset.StandardCharsets;

/** One output file: its path under {@code META-INF/portcullis/} and its bytes. */
public record GeneratedFile(String path, byte[] content) {
  public static GeneratedFile utf8(String path, String text) {
    if (text.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(path + " contains a carriage return");
    }
    return new GeneratedFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }
}
