package dev.portcullis.it.ansible;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The second set of variables of a scenario, from the model: every configurable port moved to a
 * port no flow uses, every protocol switched, one more instance, every feature on, SSH moved,
 * outgoing traffic restricted (unless the product needs it open), and every peer component and
 * every zone without declared networks (local-subnet zones too) set to the client's far address,
 * on a subnet the server is not on: the flows the defaults leave closed are proven open, and the
 * role is proven not to rely on peers sharing the host's subnet. When the role has
 * {@code <role>_ssh_sources_ipv4/_ipv6}, SSH is narrowed to the far address as well.
 */
final class Variant {
  private Variant() {}

  static Map<String, Object> moved(JsonNode model, String role, TestHost host, boolean restrictEgress,
      boolean sshSources) {
    Set<Integer> used = new TreeSet<>(Expectations.UNDECLARED);
    used.add(Expectations.FOREIGN_PORT);
    for (JsonNode flow : model.get("flows")) {
      flow.get("ports").forEach(r -> {
        for (int p = r.get("from").asInt(); p <= r.get("to").asInt() && p - r.get("from").asInt() < 64; p++) {
          used.add(p);
        }
      });
    }
    Map<String, Object> vars = new TreeMap<>();
    int next = 41000;
    for (JsonNode variable : model.get("variables")) {
      String name = role + "_" + variable.get("name").asText();
      switch (variable.get("kind").asText()) {
        case "port" -> {
          while (used.contains(next)) {
            next++;
          }
          vars.put(name, next);
          used.add(next++);
        }
        case "protocol" -> vars.put(name, variable.get("default").asText().equals("udp") ? "tcp" : "udp");
        case "instance_count" -> vars.put(name,
            Math.min(variable.get("default").asInt() + 1, variable.get("max").asInt()));
        default -> throw new IllegalArgumentException("unknown variable kind " + variable);
      }
    }
    for (JsonNode feature : model.get("features")) {
      vars.put(role + "_feature_" + feature.get("id").asText(), true);
    }
    for (JsonNode zone : model.get("zones")) {
      if (zone.get("ipv4").isEmpty() && zone.get("ipv6").isEmpty()) {
        vars.put(role + "_zone_" + zone.get("id").asText() + "_ipv4", List.of(host.farClientV4() + "/32"));
        vars.put(role + "_zone_" + zone.get("id").asText() + "_ipv6", List.of(host.farClientV6() + "/128"));
      }
    }
    for (JsonNode component : model.get("components")) {
      vars.put(role + "_component_" + component.get("id").asText() + "_ipv4", List.of(host.farClientV4() + "/32"));
      vars.put(role + "_component_" + component.get("id").asText() + "_ipv6", List.of(host.farClientV6() + "/128"));
    }
    if (restrictEgress) {
      vars.put(role + "_default_outgoing_deny", true);
    }
    if (sshSources) {
      vars.put(role + "_ssh_sources_ipv4", List.of(host.farClientV4() + "/32"));
      vars.put(role + "_ssh_sources_ipv6", List.of(host.farClientV6() + "/128"));
    }
    int ssh = 2222;
    while (used.contains(ssh)) {
      ssh++;
    }
    vars.put(role + "_ssh_port", ssh);
    return vars;
  }
}
