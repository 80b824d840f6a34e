package dev.portcullis.format;

import dev.portcullis.model.Product;
import dev.portcullis.plan.RulePlan;
import java.util.List;

/**
 * One output format: formats a product's {@link RulePlan} within the format's limits. A pure
 * function: no I/O, no state, the same bytes for the same plan. Peer resolution and port merging
 * belong to the plan, never to a target. Register a new target in {@link Targets}.
 */
public interface Target {
  /** Short name used in options, e.g. {@code ansible}. */
  String name();

  /**
   * Errors this target would hit for the product (names it cannot form, labels it cannot
   * write). Runs in the validate phase for every registered target, selected or not, so a
   * definition is valid for every target or for none.
   */
  default List<Finding> check(Product product, RenderContext context) {
    return List.of();
  }

  /**
   * What this target cannot express for the plan, and what it does instead. Each limit is a
   * row of the docs page's table and, when it carries one, a build warning (for selected
   * targets).
   */
  default List<Limit> limits(RulePlan plan, RenderContext context) {
    return List.of();
  }

  TargetOutput render(RulePlan plan, RenderContext context);

  /**
   * Files written once per build whatever the products (the Ansible collection's galaxy.yml and
   * plugin): rendered at the end of a compilation that generated at least one product, owned in the
   * output directory's manifest by every definition at once (they stay while any product's files
   * stay). They must not depend on which products the compilation saw.
   */
  default TargetOutput renderShared(RenderContext context) {
    return new TargetOutput(java.util.List.of(), java.util.List.of());
  }
}
