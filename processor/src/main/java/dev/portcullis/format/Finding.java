package dev.portcullis.format;

import dev.portcullis.diagnostics.Message;
import java.util.List;

/** Something a target reports while rendering (usually what it cannot express). */
public record Finding(Message message, Subject subject, List<Object> args) {
  public static Finding of(Message message, Subject subject, Object... args) {
    return new Finding(message, subject, List.of(args));
  }

  public String text() {
    return message.format(args.toArray());
  }
}
