package dev.portcullis.format;

import dev.portcullis.model.Product;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the targets derive from one product's plan, computed once for its check, its limits and
 * its render (a target's own plan, such as the NetworkPolicy bundles or the security groups, is
 * the same in all three). Belongs to one product and to the one worker thread that renders it.
 */
public final class Derived {
  private final Product product;
  private final Map<String, Object> values = new HashMap<>();

  Derived(Product product) {
    this.product = product;
  }

  /** {@code compute}'s value for {@code product} under {@code key}, computed at most once. */
  @SuppressWarnings("unchecked")
  <T> T get(Product of, String key, Supplier<T> compute) {
    if (of != product) {
      return compute.get(); // another product than the one this memo belongs to: nothing to share
    }
    Object value = values.get(key);
    if (value == null) {
      value = compute.get();
      values.put(key, value);
    }
    return (T) value;
  }
}
