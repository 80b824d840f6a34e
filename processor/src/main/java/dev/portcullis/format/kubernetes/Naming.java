package dev.portcullis.format.kubernetes;

import dev.portcullis.format.RenderContext;
import dev.portcullis.model.Component;
import dev.portcullis.model.Product;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names, label keys and label values of one product's policies. Ids are snake_case (checked by
 * the validator), so turning {@code _} into {@code -} gives valid DNS-1123 names and label values.
 */
public final class Naming {
  public static final String DEFAULT_PART_OF_LABEL = "app.kubernetes.io/part-of";
  public static final String DEFAULT_COMPONENT_LABEL = "app.kubernetes.io/component";
  public static final String MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";
  public static final String MANAGED_BY = "portcullis";
  /** The processor option that sets the product label key (validated as a label key by the processor). */
  public static final String PART_OF_OPTION = "portcullis.k8s.partOfLabel";
  /** The processor option that sets the component label key. */
  public static final String COMPONENT_OPTION = "portcullis.k8s.componentLabel";

  private final String product;
  private final String partOfLabel;
  private final String componentLabel;
  private final List<Label> productPods;
  private final Map<String, List<Label>> componentLabels = new HashMap<>();

  public Naming(Product product, RenderContext context) {
    this.product = dashed(product.id());
    this.partOfLabel = context.option(PART_OF_OPTION, DEFAULT_PART_OF_LABEL);
    this.componentLabel = context.option(COMPONENT_OPTION, DEFAULT_COMPONENT_LABEL);
    // the definition's podLabels replace the build-wide default labels (validated in check)
    this.productPods = product.podLabels().isEmpty() ? List.of(new Label(partOfLabel, this.product))
        : LabelSyntax.labels(product.podLabels());
    for (Component c : product.components()) {
      componentLabels.put(c.id(), c.podLabels().isEmpty() ? List.of(new Label(componentLabel, dashed(c.id())))
          : LabelSyntax.labels(c.podLabels()));
    }
  }

  /** {@code brickstor_sp} becomes {@code brickstor-sp}. */
  public static String dashed(String id) {
    return id.replace('_', '-');
  }

  public String partOfLabel() {
    return partOfLabel;
  }

  public String componentLabel() {
    return componentLabel;
  }

  /** The product id as names and label values spell it. */
  public String product() {
    return product;
  }

  /** Selects every pod of the product: the definition's podLabels, or the part-of label. */
  public List<Label> productPods() {
    return productPods;
  }

  /** Selects the pods of one component: the product's labels and the component's (podLabels or the component label). */
  public List<Label> componentPods(String componentId) {
    List<Label> labels = new ArrayList<>(productPods);
    labels.addAll(componentLabels.getOrDefault(componentId, List.of(new Label(componentLabel, dashed(componentId)))));
    return List.copyOf(labels);
  }

  /** The labels every generated policy carries. */
  public List<Label> metadataLabels() {
    return List.of(new Label(partOfLabel, product), new Label(MANAGED_BY_LABEL, MANAGED_BY));
  }

  /** {@code <product>-<part>-<part>...}: the policy name; parts are ids or fixed words. */
  public String policyName(String... parts) {
    StringBuilder name = new StringBuilder(product);
    for (String part : parts) {
      name.append('-').append(dashed(part));
    }
    return name.toString();
  }

  /**
   * {@code <product>-<part>...-<part>.egress}: the name of a policy of the egress components. Ids
   * hold no dot, so it never equals an ingress policy's name (a feature may be called
   * {@code egress}), and two are equal only when two ingress policies' names are.
   */
  public String egressPolicyName(String... parts) {
    return policyName(parts) + ".egress";
  }

  /** The file of a policy: its name without the product prefix. */
  public String fileOf(String policyName) {
    return policyName.substring(product.length() + 1) + ".yaml";
  }
}
