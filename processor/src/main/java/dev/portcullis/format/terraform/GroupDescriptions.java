package dev.portcullis.format.terraform;

import dev.portcullis.model.Component;
import dev.portcullis.model.Product;

/** The AWS description of each security group. */
final class GroupDescriptions {
  private GroupDescriptions() {}

  static String of(Product product, GroupPlan group) {
    String component = product.components().stream().filter(c -> c.id().equals(group.component()))
        .map(Component::description).findFirst().orElse("");
    String text = product.title() + " " + group.component()
        + (component.isBlank() ? "" : ": " + component)
        + (group.parts() > 1 ? " (rules part " + group.part() + " of " + group.parts() + ")" : "");
    return AwsDescription.of(text);
  }
}
