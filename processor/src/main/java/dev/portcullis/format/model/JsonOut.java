package dev.portcullis.format.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The model JSON as Jackson's streaming generator writes it: two-space indents, one value per
 * line, and a final newline. Streaming rather than a tree of nodes keeps Jackson's data-binding
 * layer (some 300 classes to load in every build) out of the processor. Writes into memory, so
 * the only {@link IOException} would be a bug.
 */
final class JsonOut {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final StringWriter text = new StringWriter();
  private final JsonGenerator generator;

  JsonOut() {
    try {
      generator = FACTORY.createGenerator(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    generator.setPrettyPrinter(new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n")));
  }

  void startObject() {
    run(() -> generator.writeStartObject());
  }

  void startObject(String name) {
    run(() -> generator.writeObjectFieldStart(name));
  }

  void endObject() {
    run(() -> generator.writeEndObject());
  }

  void startArray(String name) {
    run(() -> generator.writeArrayFieldStart(name));
  }

  void endArray() {
    run(() -> generator.writeEndArray());
  }

  /** A string field; null is written as JSON null. */
  void field(String name, String value) {
    run(() -> generator.writeStringField(name, value));
  }

  void field(String name, int value) {
    run(() -> generator.writeNumberField(name, value));
  }

  void field(String name, boolean value) {
    run(() -> generator.writeBooleanField(name, value));
  }

  void fieldIfPresent(String name, String value) {
    if (value != null) {
      field(name, value);
    }
  }

  /** A string element of the array being written. */
  void value(String value) {
    run(() -> generator.writeString(value));
  }

  /** An array of strings, written even when empty. */
  void strings(String name, List<String> values) {
    startArray(name);
    values.forEach(this::value);
    endArray();
  }

  /** The document, ended with a newline. */
  String text() {
    run(generator::flush);
    return text + "\n";
  }

  private interface Write {
    void run() throws IOException;
  }

  private static void run(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
