package dev.portcullis.hostile;

import dev.portcullis.model.Product;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A hostile product and its twin: the same ids, ports and structure, with every visible text
 * replaced by a unique marker ({@code qqx7xqq}) that survives every target's reduction. Comparing
 * the two outputs shows where each text went and what it must read there.
 *
 * @param texts each marker and the hostile text it stands for
 */
record Twins(Product hostile, Product twin, Map<String, String> texts) {
  static final String MARKER_PREFIX = "qqx";
  static final String MARKER_SUFFIX = "xqq";

  static Twins of(Blueprint blueprint) {
    Map<String, String> texts = new LinkedHashMap<>();
    Product twin = ProductAssembler.assemble(blueprint, text -> {
      if (text == null || TargetRules.withoutSpaces(text).isEmpty()) {
        // only spaces and control characters: a target may drop it, or show nothing of it, so
        // the twin keeps it and both take the same branch
        return text;
      }
      String marker = MARKER_PREFIX + texts.size() + MARKER_SUFFIX;
      texts.put(marker, text);
      return marker;
    });
    return new Twins(ProductAssembler.assemble(blueprint), twin, Map.copyOf(texts));
  }
}
