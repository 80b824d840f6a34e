package dev.portcullis.it.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.it.oracle.Direction;
import dev.portcullis.it.oracle.Reachability;
import dev.portcullis.it.oracle.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the definition says may pass between two endpoints of the evaluation world, in one
 * configuration: the shared reachability oracle ({@link Reachability}, computed from the model
 * JSON alone) decides for each firewall on the way; this class only maps endpoints to the
 * oracle's peers (a pod of the product is its component, an address or pod inside a zone is that
 * zone) and adds what Kubernetes itself needs (DNS to kube-dns once egress is restricted; pods of
 * other namespaces and products are not the product's).
 */
final class ExpectedTraffic {
  private final String product;
  private final Map<String, String> componentByLabel = new HashMap<>();
  private final List<JsonNode> zones = new ArrayList<>();
  private final Reachability oracle;
  private final Map<String, IpCidr> cidrs = new HashMap<>();
  /**
   * Cilium's semantics, as declared in its limits: a host a zone names is in the zone for egress
   * (toFQDNs), and a zone's CIDRs hold addresses outside the cluster only (Cilium matches pods by
   * identity, never by CIDR).
   */
  private final boolean cilium;

  ExpectedTraffic(JsonNode model, Configuration configuration) {
    this(model, configuration, false);
  }

  ExpectedTraffic(JsonNode model, Configuration configuration, boolean cilium) {
    this.cilium = cilium;
    this.product = World.dashed(model.path("id").asText());
    model.path("components").forEach(c -> componentByLabel.put(World.dashed(c.path("id").asText()), c.path("id").asText()));
    model.path("zones").forEach(zones::add);
    this.oracle = Reachability.of(model).with(settings(model, configuration));
  }

  /**
   * The oracle's settings of a configuration: the features whose components it adds turned on,
   * egress restricted when it adds {@code components/egress}.
   */
  static Settings settings(JsonNode model, Configuration configuration) {
    Settings settings = Settings.defaults().restrictEgress(configuration.has("components/egress"));
    for (JsonNode feature : model.path("features")) {
      String id = feature.path("id").asText();
      if (configuration.has("components/feature-" + World.dashed(id))) {
        settings = settings.feature(id, true);
      }
    }
    return settings;
  }

  Reachability oracle() {
    return oracle;
  }

  boolean allows(Endpoint source, Endpoint destination, String protocol, int port) {
    return egressAllows(source, destination, protocol, port) && ingressAllows(source, destination, protocol, port);
  }

  boolean ingressAllows(Endpoint source, Endpoint destination, String protocol, int port) {
    if (!isProductPod(destination)) {
      return true;
    }
    String component = componentOf(destination);
    if (component == null) {
      return false;
    }
    String p = protocol.toLowerCase(Locale.ROOT);
    // host names are egress only (Cilium's toFQDNs; there is no fromFQDNs): a declared limit
    return peerRefs(source, false).stream().anyMatch(ref -> oracle.allows(component, Direction.INGRESS, ref, p, port));
  }

  boolean egressAllows(Endpoint source, Endpoint destination, String protocol, int port) {
    if (!isProductPod(source) || !oracle.settings().egressRestricted()) {
      return true;
    }
    String component = componentOf(source);
    if (component == null) {
      return false;
    }
    if (port == 53 && (protocol.equals("TCP") || protocol.equals("UDP")) && destination.isPod()
        && "kube-system".equals(destination.namespaceLabels().get(World.NS_NAME))
        && "kube-dns".equals(destination.labels().get("k8s-app"))) {
      return true;
    }
    String p = protocol.toLowerCase(Locale.ROOT);
    return peerRefs(destination, cilium).stream()
        .anyMatch(ref -> oracle.allows(component, Direction.EGRESS, ref, p, port));
  }

  /** The oracle's names for an endpoint: {@code component:<id>} for a product pod, {@code zone:<id>} per zone it is in. */
  List<String> peerRefs(Endpoint endpoint) {
    return peerRefs(endpoint, cilium);
  }

  /** The same, host names counting only when {@code byName}. */
  List<String> peerRefs(Endpoint endpoint, boolean byName) {
    List<String> refs = new ArrayList<>();
    String component = componentOf(endpoint);
    if (component != null) {
      refs.add("component:" + component);
    }
    for (JsonNode zone : zones) {
      if (inZone(zone, endpoint, byName)) {
        refs.add("zone:" + zone.path("id").asText());
      }
    }
    return refs;
  }

  private boolean isProductPod(Endpoint endpoint) {
    return endpoint.isPod() && endpoint.namespace().equals(World.NAMESPACE)
        && product.equals(endpoint.labels().get(World.PART_OF));
  }

  /** The model id of a product pod's declared component, or null. */
  private String componentOf(Endpoint endpoint) {
    return isProductPod(endpoint) ? componentByLabel.get(endpoint.labels().get(World.COMPONENT)) : null;
  }

  /** Whether {@code endpoint} is inside a zone: a pod of its namespaces, or an address in its CIDRs. */
  private boolean inZone(JsonNode zone, Endpoint endpoint, boolean byName) {
    if (byName && endpoint.host() != null && oracle.zoneHasHost(zone.path("id").asText(), endpoint.host())) {
      return true;
    }
    if (!zone.path("namespaceSelector").isEmpty()) {
      if (!endpoint.isPod()) {
        return false;
      }
      for (JsonNode selector : zone.path("namespaceSelector")) {
        String[] kv = selector.asText().split("=", 2);
        if (!kv[1].equals(endpoint.namespaceLabels().get(kv[0]))) {
          return false;
        }
      }
      return true;
    }
    if (cilium && endpoint.isPod()) {
      return false;
    }
    IpCidr address = cidrs.computeIfAbsent(endpoint.ip(), IpCidr::host);
    for (String family : List.of("ipv4", "ipv6")) {
      for (JsonNode cidr : zone.path(family)) {
        if (cidrs.computeIfAbsent(cidr.asText(), IpCidr::parse).contains(address)) {
          return true;
        }
      }
    }
    return false;
  }
}
