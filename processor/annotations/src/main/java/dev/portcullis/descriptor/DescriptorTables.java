package dev.portcullis.descriptor;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tables of a generated descriptor, written as data (one string per row) rather than
 * as constructor calls: javac type-checks a constructor call per row, which made compiling the
 * descriptors cost as much as compiling the definitions, while a string literal costs it next to
 * nothing. The tables are read once, when the descriptor class is initialised.
 *
 * <p>Called by generated code only; the format may change with the processor that writes it
 * ({@code DescriptorGenerator}). A row is its fields separated by {@code |}; a list field is its
 * items separated by {@code ,} (an empty field is an empty list); a port span is {@code from} or
 * {@code from-to}; a boolean is {@code true} or {@code false}. Inside a field {@code \\},
 * {@code \|} and {@code \,} stand for the character, and a field that is exactly {@code \0} is
 * null.
 */
public final class DescriptorTables {
  private DescriptorTables() {}

  /** Rows of {@code id|component|service|purpose|peerKind|peer|direction|protocol|transports|ports|feature|portVariable}. */
  public static List<FlowDescriptor> flows(String... rows) {
    List<FlowDescriptor> result = new ArrayList<>(rows.length);
    for (String row : rows) {
      List<List<String>> f = fields(row, 12);
      List<PortSpan> ports = new ArrayList<>();
      for (String span : list(f.get(9))) {
        int dash = span.indexOf('-');
        ports.add(dash < 0 ? new PortSpan(Integer.parseInt(span), Integer.parseInt(span))
            : new PortSpan(Integer.parseInt(span.substring(0, dash)), Integer.parseInt(span.substring(dash + 1))));
      }
      result.add(new FlowDescriptor(one(f.get(0)), one(f.get(1)), one(f.get(2)), one(f.get(3)), one(f.get(4)),
          one(f.get(5)), one(f.get(6)), one(f.get(7)), list(f.get(8)), ports, one(f.get(10)), one(f.get(11))));
    }
    return List.copyOf(result);
  }

  /** Rows of {@code id|description|ipv4|ipv6|public}. */
  public static List<ZoneDescriptor> zones(String... rows) {
    List<ZoneDescriptor> result = new ArrayList<>(rows.length);
    for (String row : rows) {
      List<List<String>> f = fields(row, 5);
      result.add(new ZoneDescriptor(one(f.get(0)), one(f.get(1)), list(f.get(2)), list(f.get(3)),
          Boolean.parseBoolean(one(f.get(4)))));
    }
    return List.copyOf(result);
  }

  /** Rows of {@code id|description|enabledByDefault}. */
  public static List<FeatureDescriptor> features(String... rows) {
    List<FeatureDescriptor> result = new ArrayList<>(rows.length);
    for (String row : rows) {
      List<List<String>> f = fields(row, 3);
      result.add(new FeatureDescriptor(one(f.get(0)), one(f.get(1)), Boolean.parseBoolean(one(f.get(2)))));
    }
    return List.copyOf(result);
  }

  /** Rows of {@code name|kind|defaultValue}. */
  public static List<VariableDescriptor> variables(String... rows) {
    List<VariableDescriptor> result = new ArrayList<>(rows.length);
    for (String row : rows) {
      List<List<String>> f = fields(row, 3);
      result.add(new VariableDescriptor(one(f.get(0)), one(f.get(1)), one(f.get(2))));
    }
    return List.copyOf(result);
  }

  /** Marks a null field while splitting; never equal to a decoded string. */
  private static final List<String> NULL = List.of();

  /** The row's fields, each as its items; {@link #NULL} for a null field. */
  private static List<List<String>> fields(String row, int count) {
    List<List<String>> fields = new ArrayList<>(count);
    List<String> items = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    boolean nullField = false;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '\\' && i + 1 < row.length()) {
        char next = row.charAt(++i);
        if (next == '0') {
          nullField = true;
        } else {
          item.append(next);
        }
      } else if (c == ',') {
        items.add(item.toString());
        item.setLength(0);
      } else if (c == '|') {
        items.add(item.toString());
        fields.add(nullField ? NULL : items);
        items = new ArrayList<>();
        item.setLength(0);
        nullField = false;
      } else {
        item.append(c);
      }
    }
    items.add(item.toString());
    fields.add(nullField ? NULL : items);
    if (fields.size() != count) {
      throw new IllegalArgumentException("a descriptor row has " + fields.size() + " fields, not " + count + ": " + row);
    }
    return fields;
  }

  private static String one(List<String> field) {
    return field == NULL ? null : field.get(0);
  }

  private static List<String> list(List<String> field) {
    return field == NULL || field.size() == 1 && field.get(0).isEmpty() ? List.of() : List.copyOf(field);
  }
}
