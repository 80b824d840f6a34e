package dev.portcullis.it.ansible;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.it.oracle.Direction;
import dev.portcullis.it.oracle.Reach;
import dev.portcullis.it.oracle.Reachability;
import dev.portcullis.it.oracle.Settings;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What must and must not pass between a test host's server and its client once a role is
 * applied with some variables. What the product allows comes from the one reachability oracle
 * ({@link Reachability}, from the model JSON, with the variables as its {@link Settings}); this
 * class adds what is specific to the test host:
 * <ul>
 *   <li>the server is every component of {@code <role>_components} (all by default), and a
 *       client address is a peer {@code component:c} or {@code zone:z} when it is inside that
 *       peer's networks: the {@code <role>_component_<c>_ipv4/_ipv6} and
 *       {@code <role>_zone_<z>_ipv4/_ipv6} variables when set, else the role's defaults (a
 *       component, and a local-subnet zone, is the server's own subnet; another zone its
 *       declared networks, or nothing);</li>
 *   <li>an inbound probe (client to server) answers when some component's INGRESS from such a
 *       peer allows it, or it is the SSH port (from the SSH sources), or the foreign rule's port
 *       from the client's near address; an outbound probe (server to client) answers when egress
 *       is not restricted, or some component's EGRESS to such a peer allows it;</li>
 *   <li>which ports are probed: the first, middle and last port of every range the oracle says
 *       must pass, the oracle's sample of what must not, and a few undeclared ports;</li>
 *   <li>the differences the role declares for its ufw backend: ufw rules cannot express ICMP, so
 *       ufw's own before.rules decide it (echo requests in: accepted from anywhere; out: IPv6
 *       accepted, IPv4 only when outgoing traffic is open); SCTP is not probed;</li>
 *   <li>for firewalld, what the user's default zone (public, as installed) accepts besides the
 *       role's policies, which the role leaves alone: echo requests from anywhere, SSH on port 22;
 *       for nftables, that the foreign rule (an accept in another table) does not open its port.</li>
 * </ul>
 */
final class Expectations {
  /** Ports the tests probe although no flow declares them: they must stay closed. */
  static final List<Integer> UNDECLARED = List.of(1, 1023, 3001, 8081, 20001, 40999, 60001);
  /** The port of the foreign rule the tests add before the role runs. */
  static final int FOREIGN_PORT = 9999;
  private static final List<String> ANY_V4 = List.of("0.0.0.0/0");
  private static final List<String> ANY_V6 = List.of("::/0");

  private final JsonNode model;
  private final Map<String, Object> vars;
  private final String role;
  private final TestHost host;
  private final String backend;
  private final Reachability oracle;
  private final List<String> components = new ArrayList<>();
  private final List<String> peers = new ArrayList<>();
  private final int ssh;

  private Expectations(JsonNode model, Map<String, Object> vars, String role, TestHost host, String backend) {
    this.model = model;
    this.vars = vars;
    this.role = role;
    this.host = host;
    this.backend = backend;
    this.oracle = Reachability.of(model).with(settings(model, vars, role));
    Object chosen = vars.get(role + "_components");
    if (chosen != null) {
      ((List<?>) chosen).forEach(c -> components.add(c.toString()));
    } else {
      model.get("components").forEach(c -> components.add(c.get("id").asText()));
    }
    model.get("components").forEach(c -> peers.add("component:" + c.get("id").asText()));
    model.get("zones").forEach(z -> peers.add("zone:" + z.get("id").asText()));
    this.ssh = ((Number) vars.getOrDefault(role + "_ssh_port", 22)).intValue();
  }

  static Expectations of(JsonNode model, Map<String, Object> vars, String role, TestHost host, String backend) {
    return new Expectations(model, vars, role, host, backend);
  }

  /** The oracle's settings for the role's variables (names without the role prefix). */
  static Settings settings(JsonNode model, Map<String, Object> vars, String role) {
    Settings s = Settings.defaults();
    for (JsonNode variable : model.get("variables")) {
      String name = variable.get("name").asText();
      Object value = vars.get(role + "_" + name);
      if (value == null) {
        continue;
      }
      s = switch (variable.get("kind").asText()) {
        case "port" -> s.port(name, ((Number) value).intValue());
        case "instance_count" -> s.count(name, ((Number) value).intValue());
        case "protocol" -> s.protocol(name, value.toString());
        default -> throw new IllegalArgumentException("unknown variable kind " + variable);
      };
    }
    for (JsonNode feature : model.get("features")) {
      Object value = vars.get(role + "_feature_" + feature.get("id").asText());
      if (value != null) {
        s = s.feature(feature.get("id").asText(), Boolean.TRUE.equals(value));
      }
    }
    return s.restrictEgress(Boolean.TRUE.equals(vars.get(role + "_default_outgoing_deny")));
  }

  Reachability oracle() {
    return oracle;
  }

  int sshPort() {
    return ssh;
  }

  /**
   * What to probe, as (inbound, protocol, port): each TCP and UDP range a component of the host
   * must pass (first, middle and last port) in its direction with both protocols, the oracle's
   * must-not sample of the host's components, and the undeclared, SSH and foreign ports both ways.
   */
  Set<Probe> targets() {
    Set<Probe> out = new TreeSet<>();
    for (Reach r : oracle.mustPass()) {
      if (!components.contains(r.component()) || r.isIcmp() || r.protocol().equals("sctp")) {
        continue;
      }
      for (int port : sample(r.from(), r.to())) {
        for (String proto : List.of("tcp", "udp")) {
          out.add(new Probe(r.direction() == Direction.INGRESS, true, proto, 4, port));
        }
      }
    }
    for (Reach r : oracle.mustNotSample()) {
      if (components.contains(r.component())) {
        out.add(new Probe(r.direction() == Direction.INGRESS, true, r.protocol(), 4, r.from()));
      }
    }
    List<Integer> always = new ArrayList<>(UNDECLARED);
    always.addAll(List.of(22, ssh, FOREIGN_PORT));
    for (int port : always) {
      for (boolean inbound : List.of(true, false)) {
        for (String proto : List.of("tcp", "udp")) {
          out.add(new Probe(inbound, true, proto, 4, port));
        }
      }
    }
    return out;
  }

  /**
   * Every probe and whether it must answer: each target (see {@link #targets()}, here those of
   * every phase of the scenario) from and to both client addresses over both families, and an
   * echo request each way.
   */
  Map<Probe, Boolean> probes(Set<Probe> targets, boolean foreignRule) {
    Map<Probe, Boolean> probes = new TreeMap<>();
    for (Probe t : targets) {
      for (boolean near : List.of(true, false)) {
        for (int family : List.of(4, 6)) {
          Probe p = new Probe(t.inbound(), near, t.proto(), family, t.port());
          probes.put(p, answers(p, foreignRule));
        }
      }
    }
    for (boolean inbound : List.of(true, false)) {
      for (boolean near : List.of(true, false)) {
        for (int family : List.of(4, 6)) {
          Probe p = new Probe(inbound, near, "icmp", family, 0);
          probes.put(p, answers(p, foreignRule));
        }
      }
    }
    return probes;
  }

  /** Whether a probe must answer. */
  boolean answers(Probe p, boolean foreignRule) {
    String address = host.clientAddress(p.near(), p.family());
    boolean icmp = p.proto().equals("icmp");
    if (p.inbound()) {
      if (p.proto().equals("tcp") && p.port() == ssh && reaches(sshSources(p.family()), address)) {
        return true;
      }
      // an accept in the user's own nftables table cannot open what the role's table drops
      if (foreignRule && !backend.equals("nftables") && p.near() && p.proto().equals("tcp")
          && p.port() == FOREIGN_PORT) {
        return true;
      }
      if (icmp && (backend.equals("ufw") || backend.equals("firewalld"))) {
        return true; // limit: ufw's before.rules, and firewalld's zones, accept echo requests from anywhere
      }
      if (backend.equals("firewalld") && p.proto().equals("tcp") && p.port() == 22) {
        return true; // the default zone's own ssh service: the role leaves the user's zones alone
      }
    } else {
      if (!oracle.settings().egressRestricted()) {
        return true;
      }
      if (icmp && backend.equals("ufw")) {
        return p.family() == 6; // limit: ufw's before6.rules accept echo requests out, before.rules do not
      }
    }
    return !allowedBy(p).isEmpty();
  }

  /** The (component, peer) pairs whose oracle reaches let the probe pass, for messages. */
  List<String> allowedBy(Probe p) {
    String address = host.clientAddress(p.near(), p.family());
    boolean icmp = p.proto().equals("icmp");
    String protocol = icmp ? (p.family() == 4 ? "icmp" : "icmpv6") : p.proto();
    int port = icmp ? (p.family() == 4 ? 8 : 128) : p.port();
    Direction direction = p.inbound() ? Direction.INGRESS : Direction.EGRESS;
    List<String> out = new ArrayList<>();
    for (String component : components) {
      for (String peer : peers) {
        if (reaches(addresses(peer, p.family()), address)
            && oracle.allows(component, direction, peer, protocol, port)) {
          out.add(component + " " + direction + " " + peer);
        }
      }
    }
    return out;
  }

  /** A peer's networks of a family on the test host: the variable when set, else the role's default. */
  List<String> addresses(String peer, int family) {
    String kind = peer.substring(0, peer.indexOf(':'));
    String id = peer.substring(peer.indexOf(':') + 1);
    Object chosen = vars.get(role + "_" + kind + "_" + id + (family == 4 ? "_ipv4" : "_ipv6"));
    if (chosen != null) {
      List<String> out = new ArrayList<>();
      ((List<?>) chosen).forEach(c -> out.add(c.toString()));
      return out;
    }
    List<String> ownSubnet = List.of(family == 4 ? host.subnetV4() : host.subnetV6());
    if (kind.equals("component")) {
      return ownSubnet;
    }
    for (JsonNode zone : model.get("zones")) {
      if (zone.get("id").asText().equals(id)) {
        if (zone.get("localSubnet").asBoolean()) {
          return ownSubnet;
        }
        List<String> out = new ArrayList<>();
        zone.get(family == 4 ? "ipv4" : "ipv6").forEach(c -> out.add(c.asText()));
        return out;
      }
    }
    throw new IllegalArgumentException("no peer " + peer);
  }

  private List<String> sshSources(int family) {
    Object chosen = vars.get(role + "_ssh_sources_" + (family == 4 ? "ipv4" : "ipv6"));
    if (chosen == null) {
      return family == 4 ? ANY_V4 : ANY_V6;
    }
    List<String> out = new ArrayList<>();
    ((List<?>) chosen).forEach(c -> out.add(c.toString()));
    return out;
  }

  /** The first, last and middle port of a range: enough to see it is open as a whole. */
  static List<Integer> sample(int from, int to) {
    return List.copyOf(new TreeSet<>(List.of(from, to, from + (to - from) / 2)));
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
      int bits = parts.length == 1 ? net.length * 8 : Integer.parseInt(parts[1]);
      BigInteger mask = bits == 0 ? BigInteger.ZERO
          : BigInteger.ONE.shiftLeft(net.length * 8).subtract(BigInteger.ONE)
              .xor(BigInteger.ONE.shiftLeft(net.length * 8 - bits).subtract(BigInteger.ONE));
      return new BigInteger(1, net).and(mask).equals(new BigInteger(1, addr).and(mask));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(cidr, e);
    }
  }
}
