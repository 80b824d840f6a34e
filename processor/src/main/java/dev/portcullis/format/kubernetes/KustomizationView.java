package dev.portcullis.format.kubernetes;

import java.util.List;

/** The scope of {@code kubernetes/kustomization.yaml.mustache} (a Kustomization or a Component). */
record KustomizationView(String header, List<String> comments, String apiVersion, String kind,
    List<String> resources) {
  static final String KUSTOMIZATION_API = "kustomize.config.k8s.io/v1beta1";
  static final String COMPONENT_API = "kustomize.config.k8s.io/v1alpha1";
}
