package dev.portcullis.processor;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where the processor's time goes, per phase, summed over one compilation; printed as a note
 * when {@code -Aportcullis.timing=true} (the benchmark reads it). One instance per processor;
 * phases keep the order in which they first ran.
 */
final class PhaseTimes {
  /** The line prefix the benchmark script looks for. */
  static final String PREFIX = "[portcullis:timing] ";

  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private long total;
  private int products;

  /** Adds the time since {@code startNanos} (a {@link System#nanoTime()}) to {@code phase}. */
  void add(String phase, long startNanos) {
    nanos.merge(phase, System.nanoTime() - startNanos, Long::sum);
  }

  /** Adds {@code elapsedNanos} to {@code phase} (time measured elsewhere, e.g. on a worker thread). */
  void addElapsed(String phase, long elapsedNanos) {
    nanos.merge(phase, elapsedNanos, Long::sum);
  }

  /** Adds time spent anywhere in the processor (init and every {@code process} call). */
  void addTotal(long elapsedNanos) {
    total += elapsedNanos;
  }

  void countProduct() {
    products++;
  }

  /**
   * {@code [portcullis:timing] products=1000 total_ms=5123.4 per_product_ms=5.123 inspect=...
   * validate=... render.terraform=... write=...} (milliseconds; one line, key=value, for scripts).
   */
  String summary() {
    StringJoiner line = new StringJoiner(" ", PREFIX, "");
    line.add("products=" + products);
    line.add("total_ms=" + ms(total));
    line.add("per_product_ms=" + String.format(Locale.ROOT, "%.3f", products == 0 ? 0.0 : total / 1e6 / products));
    nanos.forEach((phase, n) -> line.add(phase + "=" + ms(n)));
    return line.toString();
  }

  private static String ms(long n) {
    return String.format(Locale.ROOT, "%.1f", n / 1e6);
  }
}
