package dev.portcullis.format.kubernetes;

import java.util.List;

/**
 * One kustomize directory: the base ({@code dir} empty, a Kustomization) or an optional
 * component under {@code components/} (a kustomize Component a user adds in an overlay).
 *
 * @param summary one line saying what adding it does
 * @param requires other components this one only makes sense with (empty for most)
 */
public record Bundle(String dir, String summary, List<String> requires, List<Policy> policies) {
  public Bundle {
    requires = List.copyOf(requires);
    policies = List.copyOf(policies);
  }

  public boolean isBase() {
    return dir.isEmpty();
  }

  /** The path of a file of this bundle relative to the product directory. */
  public String path(String file) {
    return isBase() ? file : dir + "/" + file;
  }
}
