package dev.portcullis.it.kubernetes;

import java.util.Map;

/**
 * One end of a connection in the evaluation: a pod (namespace, namespace labels, pod labels, IP)
 * or an address outside the cluster ({@code namespace} null), which may be known by a host name
 * ({@code host}, null otherwise: what Cilium's DNS proxy saw it resolve from).
 */
record Endpoint(String name, String namespace, Map<String, String> namespaceLabels, Map<String, String> labels,
    String ip, String host) {
  Endpoint {
    namespaceLabels = Map.copyOf(namespaceLabels);
    labels = Map.copyOf(labels);
  }

  static Endpoint pod(String name, String namespace, Map<String, String> namespaceLabels, Map<String, String> labels,
      String ip) {
    return new Endpoint(name, namespace, namespaceLabels, labels, ip, null);
  }

  static Endpoint external(String name, String ip) {
    return new Endpoint(name, null, Map.of(), Map.of(), ip, null);
  }

  /** An address outside the cluster that a pod reached by resolving {@code host}. */
  static Endpoint externalHost(String name, String host, String ip) {
    return new Endpoint(name, null, Map.of(), Map.of(), ip, host);
  }

  boolean isPod() {
    return namespace != null;
  }

  @Override
  public String toString() {
    return name + "(" + ip + ")";
  }

  /** The same endpoint with one more pod label (what a kustomize overlay adds to the product's pods). */
  Endpoint withLabel(String key, String value) {
    Map<String, String> more = new java.util.HashMap<>(labels);
    more.put(key, value);
    return new Endpoint(name, namespace, namespaceLabels, more, ip, host);
  }
}
