package dev.portcullis.format;

import java.util.List;

/** The registry of targets, in rendering order. Adding a target is one line here. */
public final class Targets {
  private Targets() {}

  public static List<Target> all() {
    return List.of(
        new dev.portcullis.format.model.ModelJsonTarget(),
        new dev.portcullis.format.ansible.AnsibleTarget(),
        new dev.portcullis.format.terraform.TerraformTarget(),
        new dev.portcullis.format.kubernetes.KubernetesTarget(),
        new dev.portcullis.format.cilium.CiliumTarget(),
        new dev.portcullis.format.docs.DocsTarget()
        // ansible, terraform, kubernetes and docs register here
        );
  }
}
