package dev.portcullis.model;

import java.util.List;

/**
 * A value a user may change in every target (a configurable port, protocol or instance count).
 * The name is snake_case without the product prefix; {@code flowId} names the flow it moves.
 *
 * @param defaultValue an {@code Integer} for ports and counts, a lower-case protocol name otherwise
 * @param choices the allowed values of a protocol variable, empty for numbers
 * @param min the smallest allowed number (ports and counts)
 * @param max the largest allowed number (ports and counts)
 */
public record Variable(
    String name,
    VariableKind kind,
    Object defaultValue,
    List<String> choices,
    int min,
    int max,
    String description,
    String flowId) {
  public Variable {
    choices = List.copyOf(choices);
  }

  public int defaultNumber() {
    return (Integer) defaultValue;
  }
}
