package dev.portcullis.format;

import dev.portcullis.model.Product;

/**
 * One output format. A pure function from a clean model to files: no I/O, no state, the same
 * bytes for the same model. Register a new target in {@link Targets}.
 */
public interface Target {
  /** Short name used in options, e.g. {@code ansible}. */
  String name();

  TargetOutput render(Product product, RenderContext context);
}
