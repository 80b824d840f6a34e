package dev.portcullis.format.ansible;

import dev.portcullis.format.Subject;
import dev.portcullis.render.Literals;
import java.util.List;

/**
 * One variable of the role, as defaults/main.yml, meta/argument_specs.yml and the README show
 * it.
 *
 * @param type the argument_specs type: {@code str}, {@code int}, {@code bool} or {@code list}
 *     (of strings)
 * @param choices the allowed values as YAML literals, empty when any value of the type goes
 * @param range the allowed numbers as text ({@code 1-65535}), checked by the preflight, or null
 * @param origin the element and attribute of the definition the name comes from, or null for the
 *     role's own variables
 */
record RoleVariable(String name, String type, List<String> choices, String range, Value value, String description,
    Subject origin) {
  RoleVariable {
    choices = List.copyOf(choices);
  }

  RoleVariable(String name, String type, List<String> choices, String range, Value value, String description) {
    this(name, type, choices, range, value, description, null);
  }

  /** The same variable, coming from {@code subject} of the definition (where a name clash is reported). */
  RoleVariable from(Subject subject) {
    return new RoleVariable(name, type, choices, range, value, description, subject);
  }

  /** A default value. */
  sealed interface Value {
    /**
     * The text after {@code key:} (a space or a newline first) for a key of {@code keyLength}
     * characters at column {@code indent}.
     */
    String yaml(int indent, int keyLength);

    /** The default as the README shows it. */
    String readme();

    /** Whether argument_specs can state the default (a computed one is only known on the host). */
    default boolean isStatic() {
      return true;
    }
  }

  /** A number or boolean, written as is. */
  record Plain(String literal) implements Value {
    @Override
    public String yaml(int indent, int keyLength) {
      return " " + literal;
    }

    @Override
    public String readme() {
      return literal;
    }
  }

  /** A string. */
  record Text(String text) implements Value {
    @Override
    public String yaml(int indent, int keyLength) {
      return " " + YamlText.quoted(text, indent + keyLength + 2, indent + 2);
    }

    @Override
    public String readme() {
      return text;
    }
  }

  /** A list of strings, in block style. */
  record Strings(List<String> items) implements Value {
    Strings {
      items = List.copyOf(items);
    }

    @Override
    public String yaml(int indent, int keyLength) {
      if (items.isEmpty()) {
        return " []";
      }
      StringBuilder out = new StringBuilder();
      for (String item : items) {
        out.append('\n').append(" ".repeat(indent + 2)).append("- ").append(Literals.yamlString(item));
      }
      return out.toString();
    }

    @Override
    public String readme() {
      return items.isEmpty() ? "[]" : String.join(", ", items);
    }
  }

  /** A Jinja expression evaluated on the host (e.g. its own subnets, from facts). */
  record Computed(String jinja, String readme) implements Value {
    @Override
    public String yaml(int indent, int keyLength) {
      return " " + YamlText.quoted(jinja, indent + keyLength + 2, indent + 2);
    }

    @Override
    public boolean isStatic() {
      return false;
    }
  }
}
