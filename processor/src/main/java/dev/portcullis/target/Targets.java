package dev.portcullis.target;

import java.util.List;

/** The registry of targets, in rendering order. Adding a target is one line here. */
public final class Targets {
  private Targets() {}

  public static List<Target> all() {
    return List.of(
        new dev.portcullis.target.model.ModelJsonTarget(),
        new dev.portcullis.target.terraform.TerraformTarget(),
        new dev.portcullis.target.kubernetes.KubernetesTarget(),
        new dev.portcullis.target.docs.DocsTarget()
        // ansible, terraform, kubernetes and docs register here
        );
  }
}
