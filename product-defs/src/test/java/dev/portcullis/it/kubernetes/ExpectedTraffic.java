package dev.portcullis.it.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the definition says may pass, read from the model JSON only (not from the Kubernetes
 * target's code): a connection to a product pod passes when a flow enabled in this configuration
 * lets that peer reach that component on that protocol and port; a connection from a product pod
 * also needs a flow (or DNS to kube-dns) when the product's egress is isolated, which it is when
 * the definition declares outbound flows, unless it asks for outgoing traffic to stay allowed and
 * the user did not add the egress component.
 */
final class ExpectedTraffic {
  private final String product;
  private final Map<String, String> componentByLabel = new HashMap<>();
  private final Map<String, JsonNode> zones = new HashMap<>();
  private final List<JsonNode> flows = new ArrayList<>();
  private final boolean egressIsolated;
  private final Map<String, IpCidr> cidrs = new HashMap<>();

  ExpectedTraffic(JsonNode model, Configuration configuration) {
    this.product = World.dashed(model.path("id").asText());
    model.path("components").forEach(c -> componentByLabel.put(World.dashed(c.path("id").asText()), c.path("id").asText()));
    model.path("zones").forEach(z -> zones.put(z.path("id").asText(), z));
    Map<String, Boolean> featureOn = new HashMap<>();
    for (JsonNode feature : model.path("features")) {
      String id = feature.path("id").asText();
      featureOn.put(id, feature.path("enabledByDefault").asBoolean()
          || configuration.has("components/feature-" + World.dashed(id)));
    }
    boolean anyOutbound = false;
    for (JsonNode flow : model.path("flows")) {
      if (flow.path("protocol").asText().equals("icmp")) {
        continue;
      }
      anyOutbound |= !direction(flow).equals("inbound");
      if (!flow.has("feature") || featureOn.get(flow.path("feature").asText())) {
        flows.add(flow);
      }
    }
    boolean mustAllowOutgoing = model.path("prerequisites").path("outgoing").path("mustBeAllowed").asBoolean();
    egressIsolated = anyOutbound && (!mustAllowOutgoing || configuration.has("components/egress"));
  }

  boolean egressIsolated() {
    return egressIsolated;
  }

  boolean allows(Endpoint source, Endpoint destination, String protocol, int port) {
    return egressAllows(source, destination, protocol, port) && ingressAllows(source, destination, protocol, port);
  }

  private boolean ingressAllows(Endpoint source, Endpoint destination, String protocol, int port) {
    if (!isProductPod(destination)) {
      return true;
    }
    String component = componentOf(destination);
    for (JsonNode flow : flows) {
      if (!carries(flow, protocol, port)) {
        continue;
      }
      boolean self = isSelf(flow);
      if (flow.path("component").asText().equals(component) && (self || !direction(flow).equals("outbound"))
          && peerContains(flow, source)) {
        return true;
      }
      if (!self && isComponentPeer(flow, component) && !direction(flow).equals("inbound")
          && flow.path("component").asText().equals(componentOf(source))) {
        return true;
      }
    }
    return false;
  }

  private boolean egressAllows(Endpoint source, Endpoint destination, String protocol, int port) {
    if (!isProductPod(source) || !egressIsolated) {
      return true;
    }
    String component = componentOf(source);
    if (component == null) {
      return false;
    }
    if (port == 53 && !protocol.equals("SCTP") && destination.isPod()
        && "kube-system".equals(destination.namespaceLabels().get(World.NS_NAME))
        && "kube-dns".equals(destination.labels().get("k8s-app"))) {
      return true;
    }
    for (JsonNode flow : flows) {
      if (!carries(flow, protocol, port)) {
        continue;
      }
      boolean self = isSelf(flow);
      if (flow.path("component").asText().equals(component) && (self || !direction(flow).equals("inbound"))
          && peerContains(flow, destination)) {
        return true;
      }
      if (!self && isComponentPeer(flow, component) && !direction(flow).equals("outbound")
          && flow.path("component").asText().equals(componentOf(destination))) {
        return true;
      }
    }
    return false;
  }

  private boolean isProductPod(Endpoint endpoint) {
    return endpoint.isPod() && endpoint.namespace().equals(World.NAMESPACE)
        && product.equals(endpoint.labels().get(World.PART_OF));
  }

  /** The model id of a product pod's declared component, or null. */
  private String componentOf(Endpoint endpoint) {
    return isProductPod(endpoint) ? componentByLabel.get(endpoint.labels().get(World.COMPONENT)) : null;
  }

  private static boolean isSelf(JsonNode flow) {
    return flow.path("peer").path("kind").asText().equals("component")
        && flow.path("peer").path("id").asText().equals(flow.path("component").asText());
  }

  private static boolean isComponentPeer(JsonNode flow, String component) {
    return component != null && flow.path("peer").path("kind").asText().equals("component")
        && flow.path("peer").path("id").asText().equals(component);
  }

  private static String direction(JsonNode flow) {
    return flow.path("direction").asText();
  }

  private static boolean carries(JsonNode flow, String protocol, int port) {
    boolean transport = false;
    for (JsonNode t : flow.path("transports")) {
      transport |= t.asText().toUpperCase(Locale.ROOT).equals(protocol);
    }
    if (!transport) {
      return false;
    }
    for (JsonNode range : flow.path("ports")) {
      if (port >= range.path("from").asInt() && port <= range.path("to").asInt()) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code endpoint} is the flow's peer: a pod of that component, or inside that zone. */
  private boolean peerContains(JsonNode flow, Endpoint endpoint) {
    String peer = flow.path("peer").path("id").asText();
    if (flow.path("peer").path("kind").asText().equals("component")) {
      return peer.equals(componentOf(endpoint));
    }
    JsonNode zone = zones.get(peer);
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
    IpCidr address = cidr(endpoint.ip());
    for (String family : List.of("ipv4", "ipv6")) {
      for (JsonNode cidr : zone.path(family)) {
        if (cidrs.computeIfAbsent(cidr.asText(), IpCidr::parse).contains(address)) {
          return true;
        }
      }
    }
    return false;
  }

  private IpCidr cidr(String ip) {
    return cidrs.computeIfAbsent(ip, IpCidr::host);
  }
}
