package dev.portcullis.it.kubernetes;

import java.util.Map;

/**
 * One end of a connection in the evaluation: a pod (namespace, namespace labels, pod labels, IP)
 * or an address outside the cluster ({@code namespace} null).
 */
record Endpoint(String name, String namespace, Map<String, String> namespaceLabels, Map<String, String> labels,
    String ip) {
  Endpoint {
    namespaceLabels = Map.copyOf(namespaceLabels);
    labels = Map.copyOf(labels);
  }

  static Endpoint pod(String name, String namespace, Map<String, String> namespaceLabels, Map<String, String> labels,
      String ip) {
    return new Endpoint(name, namespace, namespaceLabels, labels, ip);
  }

  static Endpoint external(String name, String ip) {
    return new Endpoint(name, null, Map.of(), Map.of(), ip);
  }

  boolean isPod() {
    return namespace != null;
  }

  @Override
  public String toString() {
    return name + "(" + ip + ")";
  }
}
