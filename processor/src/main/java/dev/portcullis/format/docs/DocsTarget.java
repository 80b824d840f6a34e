package dev.portcullis.format.docs;

import dev.portcullis.plan.RulePlan;
import dev.portcullis.model.Product;
import dev.portcullis.format.RenderContext;
import dev.portcullis.format.Target;
import dev.portcullis.format.TargetOutput;

/**
 * {@code docs/<product>.md}: the page a reviewer reads in a pull request — the port matrix (the
 * plan's rules, both ends of every flow between components), a Mermaid diagram of who talks to
 * whom, the declared flows, the egress stance, the host prerequisites and vendor notes, and what
 * each registered target declared it could not express ({@link RenderContext#limits()}). Rendered
 * from {@code docs/product.md.mustache}.
 */
public final class DocsTarget implements Target {
  /** The template of the page; a user may replace it with {@code -Aportcullis.templates=DIR}. */
  public static final String TEMPLATE = "docs/product.md.mustache";

  @Override
  public String name() {
    return "docs";
  }

  @Override
  public TargetOutput render(RulePlan plan, RenderContext context) {
    Product product = plan.product();
    ProductPage page = new ProductPages().build(plan, context.limits(), context.header(product));
    return new TargetOutput.Builder()
        .file("docs/" + product.id() + ".md", context.templates().render(TEMPLATE, page))
        .build();
  }
}
