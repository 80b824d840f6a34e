package dev.portcullis.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The hostile texts behind the markers of one product's twin ({@link Twins}). */
final class Texts {
  private static final Pattern MARKER = Pattern.compile(Twins.MARKER_PREFIX + "(\\d+)" + Twins.MARKER_SUFFIX);

  private final Map<String, String> byMarker;

  Texts(Map<String, String> byMarker) {
    this.byMarker = byMarker;
  }

  static boolean hasMarker(String s) {
    return MARKER.matcher(s).find();
  }

  /** The hostile text a marker stands for. */
  String of(String marker) {
    String text = byMarker.get(marker);
    if (text == null) {
      throw new IllegalArgumentException("unknown marker " + marker);
    }
    return text;
  }

  /** The markers in {@code twin}, in order. */
  List<String> markers(String twin) {
    List<String> out = new ArrayList<>();
    Matcher m = MARKER.matcher(twin);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Whether {@code twin} is exactly one marker. */
  boolean isMarker(String twin) {
    return MARKER.matcher(twin).matches();
  }

  /** {@code twin} with every marker replaced by {@code perText} of its hostile text. */
  String substitute(String twin, UnaryOperator<String> perText) {
    Matcher m = MARKER.matcher(twin);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(perText.apply(of(m.group()))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Like {@link #substitute} for prose that ends a text with a period unless it has one: a
   * period the twin shows right after a marker is dropped when the text already ends with one.
   */
  String substituteSentences(String twin, UnaryOperator<String> perText) {
    Matcher m = MARKER.matcher(twin);
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (m.find(at)) {
      out.append(twin, at, m.start());
      String text = perText.apply(of(m.group()));
      out.append(text);
      at = m.end();
      if (text.strip().endsWith(".") && at < twin.length() && twin.charAt(at) == '.') {
        at++;
      }
    }
    return out.append(twin.substring(at)).toString();
  }
}
