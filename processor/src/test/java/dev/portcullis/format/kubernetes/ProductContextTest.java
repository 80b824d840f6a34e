package dev.portcullis.format.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.portcullis.format.RenderContext;
import dev.portcullis.model.Product;
import dev.portcullis.plan.RulePlan;
import org.junit.jupiter.api.Test;

/**
 * A product's context plans once for the check, the limits and the render of every target, and
 * what it shares changes no output: a target renders the same files with a fresh context.
 */
class ProductContextTest {
  @Test
  void aProductsContextPlansItOnceAndOnlyForThatProduct() {
    Product shop = TestProducts.shop(null);
    Product other = TestProducts.shop("it calls home");
    RenderContext context = TestProducts.context().forProduct(shop);
    RulePlan plan = context.plan(shop);
    assertSame(plan, context.plan(shop));
    assertSame(plan, context.withLimits(java.util.List.of()).plan(shop), "the memo survives the limits");
    assertNotSame(plan, context.plan(other), "another product is planned, never served this one's plan");
    assertNotSame(plan, TestProducts.context().plan(shop), "a context of no product plans every time");
    assertEquals(plan, TestProducts.context().plan(shop));
  }

  @Test
  void sharingThePlanChangesNoOutput() {
    Product shop = TestProducts.shop(null);
    KubernetesTarget target = new KubernetesTarget();
    RenderContext shared = TestProducts.context().forProduct(shop);
    target.check(shop, shared);
    RulePlan plan = shared.plan(shop);
    assertSame(target.limits(plan, shared), target.limits(plan, shared), "limits are derived once");
    assertEquals(target.limits(plan, TestProducts.context()), target.limits(plan, shared));
    assertEquals(texts(target.render(RulePlan.of(shop), TestProducts.context()).files()),
        texts(target.render(plan, shared).files()));
  }

  private static java.util.List<String> texts(java.util.List<dev.portcullis.format.GeneratedFile> files) {
    return files.stream().map(f -> f.path() + "\n" + f.text()).toList();
  }
}
