package dev.portcullis.format.cilium;

import dev.portcullis.format.Limit;
import dev.portcullis.model.Product;
import dev.portcullis.plan.RulePlan;
import dev.portcullis.render.Literals;
import java.util.List;

/** The scope of {@code cilium/README.md.mustache}. */
record CiliumReadme(String header, String title, String sourceClass, String dir, String egressStance,
    List<Item> bases, List<Item> components, List<Item> limits) {
  record Item(String name, String text) {}

  public boolean hasComponents() {
    return !components.isEmpty();
  }

  static CiliumReadme of(RulePlan plan, String header, String dir, List<CiliumTarget.Bundle> bundles,
      List<Limit> limits) {
    Product product = plan.product();
    List<Item> base = bundles.get(0).policies().stream().map(p -> new Item(p.file(), p.name())).toList();
    List<Item> components = bundles.stream().filter(b -> !b.isBase()).map(b -> new Item(b.dir(), b.summary()))
        .toList();
    List<Item> rows = limits.stream().map(l -> new Item(l.subject(), l.instead())).toList();
    return new CiliumReadme(Literals.commentLine(header), product.title(), product.sourceClass(),
        dir.substring(0, dir.length() - 1), plan.egressStance(), base, components, rows);
  }
}
