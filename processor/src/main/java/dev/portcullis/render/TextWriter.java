package dev.portcullis.render;

import java.io.Writer;

/**
 * A {@link Writer} into a {@link StringBuilder}: what {@link java.io.StringWriter} does without
 * its {@link StringBuffer}, whose every append takes a lock (Mustache appends each piece of a
 * template separately, and a render never leaves its thread).
 */
final class TextWriter extends Writer {
  private final StringBuilder text = new StringBuilder(4096);

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    text.append(chars, offset, length);
  }

  @Override
  public void write(String string) {
    text.append(string);
  }

  @Override
  public void write(String string, int offset, int length) {
    text.append(string, offset, offset + length);
  }

  @Override
  public Writer append(CharSequence chars) {
    text.append(chars);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }
}
