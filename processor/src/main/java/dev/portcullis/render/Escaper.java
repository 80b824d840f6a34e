package dev.portcullis.render;

import java.util.function.Function;

/**
 * How {@code {{value}}} is written in one output language. Templates write {@code {{x}}} for
 * text (always a complete, safe literal of the language) and {@code {{{x}}}} only for values the
 * target has already made safe (numbers, validated ids).
 */
public enum Escaper {
  /** A YAML double-quoted scalar: the same string under YAML 1.1 and 1.2. */
  YAML(Literals::yamlString),
  /** An HCL quoted string, with {@code ${} and {@code %{} made literal. */
  HCL(Literals::hclString),
  /** Markdown inline text: table pipes, markup and newlines neutralised. */
  MARKDOWN(Literals::markdownText),
  /** A JSON string literal. */
  JSON(Literals::jsonString),
  /** Text copied as is (for files whose only values are pre-validated). */
  NONE(Function.identity());

  private final Function<String, String> encoder;

  Escaper(Function<String, String> encoder) {
    this.encoder = encoder;
  }

  public String encode(String value) {
    return encoder.apply(value);
  }

  /** The escaper for a template, from its file name: {@code x.yml.mustache} is YAML. */
  public static Escaper forTemplate(String templateName) {
    String name = templateName.endsWith(".mustache")
        ? templateName.substring(0, templateName.length() - ".mustache".length())
        : templateName;
    if (name.endsWith(".yml") || name.endsWith(".yaml")) {
      return YAML;
    }
    if (name.endsWith(".tf") || name.endsWith(".hcl")) {
      return HCL;
    }
    if (name.endsWith(".md")) {
      return MARKDOWN;
    }
    if (name.endsWith(".json")) {
      return JSON;
    }
    return NONE;
  }
}
