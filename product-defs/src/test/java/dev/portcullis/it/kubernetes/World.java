package dev.portcullis.it.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The endpoints and ports the evaluation probes for one product: two pods per component, pods
 * that must not match (no labels, an undeclared component, another product, another namespace),
 * kube-dns, one pod per namespace-selector zone, addresses inside, at the edge of and just outside
 * every zone CIDR, and addresses outside every zone.
 */
final class World {
  static final String NAMESPACE = "app";
  static final String PART_OF = "app.kubernetes.io/part-of";
  static final String COMPONENT = "app.kubernetes.io/component";
  static final String NS_NAME = "kubernetes.io/metadata.name";

  final List<Endpoint> endpoints = new ArrayList<>();
  /** Pods of each declared component (model id), two each. */
  final Map<String, List<Endpoint>> componentPods = new LinkedHashMap<>();
  /** Endpoints inside each zone that has defaults (model id). */
  final Map<String, List<Endpoint>> zoneMembers = new LinkedHashMap<>();
  /**
   * Hosts each zone with host names names (model id): an address known by a name of the zone
   * (for {@code *.d}, a name one label under {@code d}), and the same name's parent domain,
   * which is outside the zone. Only a target that matches names can reach them by the zone.
   */
  final Map<String, List<Endpoint>> zoneHosts = new LinkedHashMap<>();
  final Endpoint stranger;
  final Endpoint outsider;
  final List<Integer> ports;

  World(JsonNode model) {
    String product = dashed(model.path("id").asText());
    Map<String, String> appNs = Map.of(NS_NAME, NAMESPACE);
    int i = 1;
    String firstComponent = null;
    for (JsonNode component : model.path("components")) {
      String id = component.path("id").asText();
      firstComponent = firstComponent == null ? dashed(id) : firstComponent;
      Map<String, String> labels = Map.of(PART_OF, product, COMPONENT, dashed(id));
      List<Endpoint> pods = List.of(
          Endpoint.pod(id + "-a", NAMESPACE, appNs, labels, "10.244." + i + ".1"),
          Endpoint.pod(id + "-b", NAMESPACE, appNs, labels, "10.244." + i + ".2"));
      componentPods.put(id, pods);
      endpoints.addAll(pods);
      i++;
    }
    stranger = Endpoint.pod("unlabelled-pod", NAMESPACE, appNs, Map.of("app", "stranger"), "10.244.200.1");
    endpoints.add(stranger);
    endpoints.add(Endpoint.pod("undeclared-component", NAMESPACE, appNs,
        Map.of(PART_OF, product, COMPONENT, "not-a-component"), "10.244.200.2"));
    endpoints.add(Endpoint.pod("other-product", NAMESPACE, appNs,
        Map.of(PART_OF, product + "-other", COMPONENT, firstComponent), "10.244.200.3"));
    endpoints.add(Endpoint.pod("other-namespace", "elsewhere", Map.of(NS_NAME, "elsewhere"),
        Map.of(PART_OF, product, COMPONENT, firstComponent), "10.244.201.1"));
    endpoints.add(Endpoint.pod("kube-dns", "kube-system", Map.of(NS_NAME, "kube-system"),
        Map.of("k8s-app", "kube-dns"), "10.96.0.10"));
    endpoints.add(Endpoint.pod("kube-system-other", "kube-system", Map.of(NS_NAME, "kube-system"),
        Map.of("k8s-app", "metrics-server"), "10.96.0.11"));
    int z = 1;
    for (JsonNode zone : model.path("zones")) {
      String id = zone.path("id").asText();
      List<Endpoint> members = new ArrayList<>();
      if (!zone.path("namespaceSelector").isEmpty()) {
        Map<String, String> nsLabels = new LinkedHashMap<>();
        zone.path("namespaceSelector").forEach(s -> {
          String[] kv = s.asText().split("=", 2);
          nsLabels.put(kv[0], kv[1]);
        });
        String nsName = nsLabels.getOrDefault(NS_NAME, "ns-" + dashed(id));
        nsLabels.putIfAbsent(NS_NAME, nsName);
        members.add(Endpoint.pod(id + "-pod", nsName, nsLabels, Map.of("app", "anything"), "10.244.210." + z));
      } else {
        for (String family : List.of("ipv4", "ipv6")) {
          for (JsonNode cidrText : zone.path(family)) {
            IpCidr cidr = IpCidr.parse(cidrText.asText());
            for (BigInteger address : inside(cidr)) {
              members.add(Endpoint.external(id + "@" + cidrText.asText(), IpCidr.text(address, cidr.bits())));
            }
            for (BigInteger address : outside(cidr)) {
              endpoints.add(Endpoint.external("next-to-" + id + "@" + cidrText.asText(), IpCidr.text(address, cidr.bits())));
            }
          }
        }
      }
      if (!members.isEmpty()) {
        zoneMembers.put(id, members);
        endpoints.addAll(members);
      }
      List<Endpoint> hosts = new ArrayList<>();
      int h = 1;
      for (JsonNode nameNode : zone.path("names")) {
        String name = nameNode.asText();
        String host = name.startsWith("*.") ? "host" + h + name.substring(1) : name;
        hosts.add(Endpoint.externalHost(id + "@" + name, host, "192.0.2." + (10 * z + h)));
        endpoints.add(Endpoint.externalHost("beside-" + id + "@" + name, "not-" + host.replace('.', '-') + ".example",
            "192.0.2." + (10 * z + h + 5)));
        h++;
      }
      if (!hosts.isEmpty()) {
        zoneHosts.put(id, hosts);
        endpoints.addAll(hosts);
      }
      z++;
    }
    outsider = Endpoint.external("outsider-v4", "192.0.2.99");
    endpoints.add(outsider);
    endpoints.add(Endpoint.external("outsider-v6", "2001:db8:dead::99"));
    ports = ports(model);
  }

  static String dashed(String id) {
    return id.replace('_', '-');
  }

  /** The first and last address of a CIDR (a well-known address for the whole internet). */
  private static List<BigInteger> inside(IpCidr cidr) {
    if (cidr.prefix() == 0) {
      return List.of(IpCidr.address(cidr.bits() == 32 ? "198.51.100.200" : "2001:db8:ffff::200"));
    }
    return cidr.network().equals(cidr.last()) ? List.of(cidr.network()) : List.of(cidr.network(), cidr.last());
  }

  /** The addresses just before and just after a CIDR, where they exist. */
  private static List<BigInteger> outside(IpCidr cidr) {
    List<BigInteger> outside = new ArrayList<>();
    if (cidr.network().signum() > 0) {
      outside.add(cidr.network().subtract(BigInteger.ONE));
    }
    BigInteger after = cidr.last().add(BigInteger.ONE);
    if (after.bitLength() <= cidr.bits()) {
      outside.add(after);
    }
    return outside;
  }

  /** Every declared port edge, its neighbours, DNS and a few common ports. */
  private static List<Integer> ports(JsonNode model) {
    TreeSet<Integer> ports = new TreeSet<>(List.of(1, 22, 53, 80, 443, 8080, 65535));
    for (JsonNode flow : model.path("flows")) {
      for (JsonNode range : flow.path("ports")) {
        int from = range.path("from").asInt();
        int to = range.path("to").asInt();
        for (int p : new int[] {from - 1, from, (from + to) / 2, to, to + 1}) {
          if (p >= 1 && p <= 65535) {
            ports.add(p);
          }
        }
      }
    }
    return List.copyOf(ports);
  }
}
