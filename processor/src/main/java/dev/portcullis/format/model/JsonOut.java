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
    try {
      generator.writeStartObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void startObject(String name) {
    try {
      generator.writeObjectFieldStart(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void endObject() {
    try {
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void startArray(String name) {
    try {
      generator.writeArrayFieldStart(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void endArray() {
    try {
      generator.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A string field; null is written as JSON null. */
  void field(String name, String value) {
    try {
      generator.writeStringField(name, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void field(String name, int value) {
    try {
      generator.writeNumberField(name, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void field(String name, boolean value) {
    try {
      generator.writeBooleanField(name, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void fieldIfPresent(String name, String value) {
    if (value != null) {
      field(name, value);
    }
  }

  /** A string element of the array being written. */
  void value(String value) {
    try {
      generator.writeString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An array of strings, written even when empty. */
  void strings(String name, List<String> values) {
    startArray(name);
    values.forEach(this::value);
    endArray();
  }

  /** The document, ended with a newline. */
  String text() {
    try {
      generator.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }
}
