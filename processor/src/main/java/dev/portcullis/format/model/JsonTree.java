package dev.portcullis.format.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON tree for the model file, printed exactly as Jackson's default pretty printer with
 * two-space indents printed it before ({@code "key" : value}, {@code [ ]} and {@code { }} when
 * empty, non-ASCII characters as they are). Jackson itself cost the processor some 400 classes to
 * load and initialise in every build, for one file per product.
 */
final class JsonTree {
  private JsonTree() {}

  /** An object: keys in the order first put (putting a key again replaces its value in place). */
  static final class Obj {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    Obj put(String key, String value) {
      fields.put(key, value);
      return this;
    }

    Obj put(String key, Integer value) {
      fields.put(key, value);
      return this;
    }

    Obj put(String key, Boolean value) {
      fields.put(key, value);
      return this;
    }

    Obj put(String key, Obj value) {
      fields.put(key, value);
      return this;
    }

    Obj putObject(String key) {
      Obj child = new Obj();
      fields.put(key, child);
      return child;
    }

    Arr putArray(String key) {
      Arr child = new Arr();
      fields.put(key, child);
      return child;
    }

    /** The document: the tree and a final line feed. */
    String print() {
      StringBuilder out = new StringBuilder(4096);
      write(this, out, 0);
      return out.append('\n').toString();
    }
  }

  /** An array. */
  static final class Arr {
    private final List<Object> items = new ArrayList<>();

    Arr add(String value) {
      items.add(value);
      return this;
    }

    Arr add(Obj value) {
      items.add(value);
      return this;
    }

    Obj addObject() {
      Obj child = new Obj();
      items.add(child);
      return child;
    }
  }

  private static void write(Object value, StringBuilder out, int level) {
    if (value instanceof Obj obj) {
      if (obj.fields.isEmpty()) {
        out.append("{ }");
        return;
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> e : obj.fields.entrySet()) {
        out.append(first ? "" : ",");
        first = false;
        newline(out, level + 1);
        string(e.getKey(), out);
        out.append(" : ");
        write(e.getValue(), out, level + 1);
      }
      newline(out, level);
      out.append('}');
    } else if (value instanceof Arr arr) {
      if (arr.items.isEmpty()) {
        out.append("[ ]");
        return;
      }
      out.append('[');
      boolean first = true;
      for (Object item : arr.items) {
        out.append(first ? "" : ",");
        first = false;
        newline(out, level + 1);
        write(item, out, level + 1);
      }
      newline(out, level);
      out.append(']');
    } else if (value instanceof String s) {
      string(s, out);
    } else {
      out.append(value); // Integer, Boolean, or null
    }
  }

  private static void newline(StringBuilder out, int level) {
    out.append('\n');
    for (int i = 0; i < level; i++) {
      out.append("  ");
    }
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** A JSON string as Jackson writes it: quote, backslash and control characters escaped, nothing else. */
  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
