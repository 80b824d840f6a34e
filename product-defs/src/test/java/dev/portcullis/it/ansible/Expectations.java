package dev.portcullis.it.ansible;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the client of a test host must and must not reach once a role is applied, worked out from
 * the product's model (model/<product>.json), not from the role: every inbound flow of the host's
 * components whose feature is on and whose peer's networks hold the client opens its ports over
 * that protocol and family; SSH is open; everything else is closed. Components peers and
 * local-subnet zones are the server's own subnet.
 */
final class Expectations {
  /** Ports the tests probe although no flow declares them: they must stay closed. */
  static final List<Integer> UNDECLARED = List.of(1, 1023, 3001, 8081, 20001, 40999, 60001);
  /** The port of the foreign rule the tests add before the role runs. */
  static final int FOREIGN_PORT = 9999;

  private final Set<Probe> open = new TreeSet<>();
  private final Set<Integer> declared = new TreeSet<>();
  private final boolean icmpFlowV4;
  private final boolean icmpFlowV6;

  private Expectations(JsonNode model, Map<String, Object> vars, String role, TestHost host) {
    boolean v4 = false;
    boolean v6 = false;
    for (JsonNode flow : model.get("flows")) {
      String feature = text(flow, "feature");
      boolean enabled = feature == null || Boolean.TRUE.equals(
          vars.getOrDefault(role + "_feature_" + feature, featureDefault(model, feature)));
      List<int[]> ports = ports(flow, vars, role);
      ports.forEach(r -> {
        for (int p : sample(r)) {
          declared.add(p);
        }
      });
      boolean inbound = !flow.get("direction").asText().equals("outbound");
      if (!enabled || !inbound) {
        continue;
      }
      boolean reach4 = reaches(sources(model, flow, 4, host, vars, role), host.clientV4());
      boolean reach6 = reaches(sources(model, flow, 6, host, vars, role), host.clientV6());
      for (String transport : transports(flow, vars, role)) {
        if (transport.equals("icmp")) {
          JsonNode icmp = flow.get("icmp");
          int type = icmp.get("type").asInt();
          v4 |= reach4 && (type == 8 || type == -1);
          v6 |= reach6 && icmp.has("v6Type") && (icmp.get("v6Type").asInt() == 128 || icmp.get("v6Type").asInt() == -1);
          continue;
        }
        if (!transport.equals("tcp") && !transport.equals("udp")) {
          continue; // SCTP is not probed
        }
        for (int[] range : ports) {
          for (int port : sample(range)) {
            if (reach4) {
              open.add(new Probe(transport, 4, port));
            }
            if (reach6) {
              open.add(new Probe(transport, 6, port));
            }
          }
        }
      }
    }
    int ssh = ((Number) vars.getOrDefault(role + "_ssh_port", 22)).intValue();
    open.add(new Probe("tcp", 4, ssh));
    open.add(new Probe("tcp", 6, ssh));
    icmpFlowV4 = v4;
    icmpFlowV6 = v6;
  }

  static Expectations of(JsonNode model, Map<String, Object> vars, String role, TestHost host) {
    return new Expectations(model, vars, role, host);
  }

  /** Every probe and whether it must answer: the open ones, and closed ones among {@code candidates}. */
  Map<Probe, Boolean> probes(Set<Integer> candidates, String backend, boolean foreignRule) {
    Map<Probe, Boolean> probes = new java.util.TreeMap<>();
    open.forEach(p -> probes.put(p, true));
    for (int port : candidates) {
      for (String proto : List.of("tcp", "udp")) {
        for (int family : List.of(4, 6)) {
          probes.putIfAbsent(new Probe(proto, family, port), false);
        }
      }
    }
    if (foreignRule) {
      probes.put(new Probe("tcp", 4, FOREIGN_PORT), true);
      probes.put(new Probe("tcp", 6, FOREIGN_PORT), true);
    }
    // ufw's before.rules accept echo requests whatever the rules; iptables only for ICMP flows
    probes.put(new Probe("icmp", 4, 0), backend.equals("ufw") || icmpFlowV4);
    probes.put(new Probe("icmp", 6, 0), backend.equals("ufw") || icmpFlowV6);
    return probes;
  }

  /** Ports some flow declares at these values (sampled within ranges). */
  Set<Integer> declared() {
    return declared;
  }

  Set<Probe> open() {
    return open;
  }

  // ------------------------------------------------------------------ model reading

  private static Object featureDefault(JsonNode model, String feature) {
    for (JsonNode f : model.get("features")) {
      if (f.get("id").asText().equals(feature)) {
        return f.get("enabledByDefault").asBoolean();
      }
    }
    throw new IllegalArgumentException("no feature " + feature);
  }

  private static List<String> transports(JsonNode flow, Map<String, Object> vars, String role) {
    String variable = text(flow, "protocolVariable");
    if (variable != null && vars.containsKey(role + "_" + variable)) {
      return List.of(vars.get(role + "_" + variable).toString());
    }
    List<String> out = new ArrayList<>();
    flow.get("transports").forEach(t -> out.add(t.asText()));
    return out;
  }

  private static List<int[]> ports(JsonNode flow, Map<String, Object> vars, String role) {
    List<int[]> out = new ArrayList<>();
    JsonNode instances = flow.get("instances");
    if (instances != null) {
      int base = instances.get("base").asInt();
      int count = ((Number) vars.getOrDefault(role + "_" + instances.get("variable").asText(),
          instances.get("defaultCount").asInt())).intValue();
      out.add(new int[] {base + 1, base + count});
      return out;
    }
    String variable = text(flow, "portVariable");
    if (variable != null && vars.containsKey(role + "_" + variable)) {
      int port = ((Number) vars.get(role + "_" + variable)).intValue();
      out.add(new int[] {port, port});
      return out;
    }
    flow.get("ports").forEach(r -> out.add(new int[] {r.get("from").asInt(), r.get("to").asInt()}));
    return out;
  }

  /** The first, last and middle port of a range: enough to see it is open as a whole. */
  static List<Integer> sample(int[] range) {
    Set<Integer> ports = new TreeSet<>(List.of(range[0], range[1], range[0] + (range[1] - range[0]) / 2));
    return List.copyOf(ports);
  }

  private static List<String> sources(JsonNode model, JsonNode flow, int family, TestHost host,
      Map<String, Object> vars, String role) {
    JsonNode peer = flow.get("peer");
    Object chosen = vars.get(role + "_" + peer.get("kind").asText() + "_" + peer.get("id").asText()
        + (family == 4 ? "_ipv4" : "_ipv6"));
    if (chosen != null) {
      List<String> out = new ArrayList<>();
      ((List<?>) chosen).forEach(c -> out.add(c.toString()));
      return out;
    }
    if (peer.get("kind").asText().equals("component")) {
      return List.of(family == 4 ? host.subnetV4() : host.subnetV6());
    }
    for (JsonNode zone : model.get("zones")) {
      if (zone.get("id").asText().equals(peer.get("id").asText())) {
        if (zone.get("localSubnet").asBoolean()) {
          return List.of(family == 4 ? host.subnetV4() : host.subnetV6());
        }
        List<String> out = new ArrayList<>();
        JsonNode list = zone.get(family == 4 ? "ipv4" : "ipv6");
        if (list != null) {
          list.forEach(c -> out.add(c.asText()));
        }
        return out;
      }
    }
    throw new IllegalArgumentException("no zone " + peer);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** Whether {@code address} is inside one of the CIDRs. */
  static boolean reaches(List<String> cidrs, String address) {
    for (String cidr : cidrs) {
      if (contains(cidr, address)) {
        return true;
      }
    }
    return false;
  }

  static boolean contains(String cidr, String address) {
    try {
      String[] parts = cidr.split("/");
      byte[] net = InetAddress.getByName(parts[0]).getAddress();
      byte[] addr = InetAddress.getByName(address).getAddress();
      if (net.length != addr.length) {
        return false;
      }
      int bits = Integer.parseInt(parts[1]);
      BigInteger mask = bits == 0 ? BigInteger.ZERO
          : BigInteger.ONE.shiftLeft(net.length * 8).subtract(BigInteger.ONE)
              .xor(BigInteger.ONE.shiftLeft(net.length * 8 - bits).subtract(BigInteger.ONE));
      return new BigInteger(1, net).and(mask).equals(new BigInteger(1, addr).and(mask));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(cidr, e);
    }
  }
}
