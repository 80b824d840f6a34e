package dev.portcullis.format.terraform;

import java.util.List;

/**
 * One {@code variable} block of {@code variables.tf}, and its row in the README.
 *
 * @param type raw HCL type ({@code list(string)})
 * @param defaultValue raw HCL, meaningful only when {@code hasDefault}
 * @param first whether it is the first block (no blank line before it)
 */
public record VariableView(
    String name,
    String description,
    String type,
    boolean hasDefault,
    String defaultValue,
    List<Validation> validations,
    boolean first) {
  public VariableView {
    validations = List.copyOf(validations);
  }

  /** A {@code validation} block: a raw HCL condition and a plain-text message. */
  public record Validation(String condition, String errorMessage) {}

  VariableView asFirst(boolean isFirst) {
    return new VariableView(name, description, type, hasDefault, defaultValue, validations, isFirst);
  }

  /** How the README shows the default. */
  public String defaultText() {
    return hasDefault ? defaultValue : "(required)";
  }
}
