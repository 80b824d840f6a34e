package dev.portcullis.format.terraform;

import dev.portcullis.model.Component;
import dev.portcullis.model.Product;

/**
 * The AWS description of a component's security group. An extra part of a split adds
 * {@code " (rules part N)"} in main.tf, so the text leaves room for it within AWS's 255
 * characters; the first group's description never names the split, so a split sized anew at plan
 * time never replaces it.
 */
final class GroupDescriptions {
  /** Room for {@code " (rules part 16)"}. */
  private static final int MAX_LENGTH = AwsDescription.MAX_LENGTH - 20;

  private GroupDescriptions() {}

  static String of(Product product, String componentId) {
    String component = product.components().stream().filter(c -> c.id().equals(componentId))
        .map(Component::description).findFirst().orElse("");
    String text = AwsDescription.of(product.title() + " " + componentId + (component.isBlank() ? "" : ": " + component));
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH).stripTrailing();
  }
}
