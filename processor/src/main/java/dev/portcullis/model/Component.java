package dev.portcullis.model;

import java.util.List;

/**
 * A kind of host or pod of the product.
 *
 * @param podLabels the Kubernetes labels ({@code key=value}, as written) that select its pods;
 *     empty: the build-wide default label
 */
public record Component(String id, String description, List<String> podLabels) {
  public Component {
    podLabels = List.copyOf(podLabels);
  }

  /** A component selected by the default label. */
  public Component(String id, String description) {
    this(id, description, List.of());
  }
}
