package dev.portcullis.format.terraform;

import dev.portcullis.model.Product;
import dev.portcullis.render.Literals;
import java.util.List;

/** The scope of {@code main.tf.mustache}. */
public record MainView(String header, String titleComment, List<NamedRef> primaryGroups, List<GroupView> groups) {
  /** A name padded for {@code terraform fmt}'s alignment, and the resource it names. */
  public record NamedRef(String alignedName, String name) {}

  /** One security group and its rules. */
  public record GroupView(String name, String description, boolean hasIngress, List<RuleView> ingress,
      boolean hasEgress, List<RuleView> egress) {}

  static MainView of(Product product, String header, List<GroupPlan> groups) {
    List<GroupPlan> primaries = groups.stream().filter(g -> g.part() == 1).toList();
    int width = primaries.stream().mapToInt(g -> g.name().length()).max().orElse(0);
    List<NamedRef> refs = primaries.stream()
        .map(g -> new NamedRef(pad(g.name(), width), g.name())).toList();
    List<GroupView> views = groups.stream().map(g -> {
      List<RuleView> in = g.rules(RuleDirection.INGRESS).stream().map(RuleView::of).toList();
      List<RuleView> out = g.rules(RuleDirection.EGRESS).stream().map(RuleView::of).toList();
      return new GroupView(g.name(), GroupDescriptions.of(product, g), !in.isEmpty(), in, !out.isEmpty(), out);
    }).toList();
    return new MainView(header, Literals.commentLine(product.title()), refs, views);
  }

  static String pad(String name, int width) {
    return name + " ".repeat(Math.max(0, width - name.length()));
  }
}
