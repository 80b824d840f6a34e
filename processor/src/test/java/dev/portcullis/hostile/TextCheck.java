package dev.portcullis.hostile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares what a consumer parsed from the output of a hostile product with what it parsed from
 * its twin, the same product whose every text is a unique marker ({@link Twins}). The twin shows
 * where each text went: the hostile output must have exactly the same structure (same keys, same
 * list sizes, same types, same numbers and booleans), and each string that holds markers in the
 * twin must equal the twin's string with every marker replaced by its hostile text, then reduced
 * by the rule the target documents for that place (identity everywhere else).
 */
final class TextCheck {
  /** Finds the reduction for a string at {@code path} in {@code file}. */
  interface Rules {
    Reduction at(String file, String path);

    Rules LITERAL = (file, path) -> Reduction.LITERAL;
  }

  private final Texts texts;
  private final List<String> failures = new ArrayList<>();
  private int strings;

  TextCheck(Map<String, String> texts) {
    this.texts = new Texts(texts);
  }

  List<String> failures() {
    return failures;
  }

  /** How many strings carried hostile text (the checks that mattered). */
  int strings() {
    return strings;
  }

  void fail(String file, String path, String problem) {
    if (failures.size() < 20) {
      failures.add(file + " " + path + ": " + problem);
    }
  }

  /** Walks two parsed trees (maps, lists, scalars) side by side. */
  void tree(String file, String path, Object hostile, Object twin, Rules rules) {
    if (twin instanceof Map<?, ?> tm) {
      if (!(hostile instanceof Map<?, ?> hm)) {
        fail(file, path, "a mapping became " + describe(hostile));
        return;
      }
      for (Object key : tm.keySet()) {
        if (!(key instanceof String)) {
          fail(file, path, "key " + key + " is read as " + key.getClass().getSimpleName() + ", not a string");
        }
      }
      if (!tm.keySet().equals(hm.keySet())) {
        fail(file, path, "keys " + hm.keySet() + " instead of " + tm.keySet());
        return;
      }
      for (Object key : tm.keySet()) {
        tree(file, path + "/" + key, hm.get(key), tm.get(key), rules);
      }
    } else if (twin instanceof List<?> tl) {
      if (!(hostile instanceof List<?> hl) || hl.size() != tl.size()) {
        fail(file, path, "a list of " + tl.size() + " became " + describe(hostile));
        return;
      }
      Iterator<?> h = hl.iterator();
      for (int i = 0; i < tl.size(); i++) {
        tree(file, path + "/" + i, h.next(), tl.get(i), rules);
      }
    } else if (twin instanceof String ts) {
      if (!(hostile instanceof String hs)) {
        fail(file, path, "a string became " + describe(hostile));
        return;
      }
      string(file, path, hs, ts, rules.at(file, path));
    } else if (twin instanceof Yaml11.Unsafe tu) {
      if (!(hostile instanceof Yaml11.Unsafe hu)) {
        fail(file, path, "an !unsafe string became " + describe(hostile));
        return;
      }
      string(file, path, hu.value(), tu.value(), rules.at(file, path));
    } else if (!Objects.equals(hostile, twin)) {
      fail(file, path, describe(hostile) + " instead of " + describe(twin));
    }
  }

  /** One string: literal, or reduced by {@code reduce}. */
  void string(String file, String path, String hostile, String twin, Reduction reduction) {
    if (!Texts.hasMarker(twin)) {
      if (!hostile.equals(twin)) {
        fail(file, path, "fixed text " + quote(twin) + " became " + quote(hostile));
      }
      return;
    }
    strings++;
    String problem = reduction.problem(hostile, twin, texts);
    if (problem != null) {
      fail(file, path, problem);
    }
  }

  static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    String text = value instanceof String s ? quote(s) : String.valueOf(value);
    return value.getClass().getSimpleName() + " " + (text.length() > 200 ? text.substring(0, 200) + "..." : text);
  }

  /** A Java-escaped, shortened rendering of a string for failure messages. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().limit(300).forEach(cp -> {
      if (cp == '"' || cp == '\\') {
        out.append('\\').appendCodePoint(cp);
      } else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || cp == 0x2028 || cp == 0x2029
          || Character.getType(cp) == Character.FORMAT) {
        out.append(String.format("\\u%04x", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.append(s.codePointCount(0, s.length()) > 300 ? "...\"" : "\"").toString();
  }
}
