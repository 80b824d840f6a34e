package dev.portcullis.it.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.it.Tools;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Ports Docker publishes bypass INPUT, and {@code <role>_docker_user} filters them in DOCKER-USER
 * (iptables backend). No Docker here: the test host's server gets what Docker sets up for a
 * published port, in a third namespace {@code pca-<host>-k} (the "container", behind an interface
 * {@code docker0}): forwarding on, a nat PREROUTING DNAT of the published port to the container,
 * FORWARD policy DROP with a jump to DOCKER-USER first and Docker's accepts after it, and a
 * DOCKER-USER chain holding a rule of its own (which must survive).
 *
 * <p>The oracle comes from the model: an inbound TCP flow on fixed ports from a peer component
 * (whose addresses default to the host's subnet, so the client's near address is a peer and its
 * far address is not), and a port no flow names.
 */
class DockerUserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PRODUCT = "storegrid";
  private static final String FOREIGN = "-A DOCKER-USER -s 192.0.2.0/24 -j DROP";

  @Test
  void publishedPortsBypassInputAndTheVariableFiltersThemInDockerUser() throws IOException {
    Tools.requireRoot("builds a test host of network namespaces");
    for (String tool : List.of("ansible-playbook", "iptables", "ip", "nc")) {
      Tools.require(tool, "applies the role beside a simulated Docker");
    }
    JsonNode model = JSON.readTree(Roles.model(PRODUCT).toFile());
    JsonNode flow = null;
    List<int[]> used = new ArrayList<>();
    for (JsonNode f : model.path("flows")) {
      for (JsonNode p : f.path("ports")) {
        used.add(new int[] {p.path("from").asInt(), p.path("to").asInt()});
      }
      if (flow == null && f.path("direction").asText().equals("inbound") && f.path("protocol").asText().equals("tcp")
          && f.path("peer").path("kind").asText().equals("component") && !f.has("feature")
          && f.path("ports").size() > 0 && !f.path("ports").get(0).has("variable")) {
        flow = f;
      }
    }
    assertTrue(flow != null, "no inbound TCP flow from a component in " + PRODUCT);
    int allowed = flow.path("ports").get(0).path("from").asInt();
    int other = 64999;
    while (inAny(used, other)) {
      other--;
    }
    String role = PRODUCT + "_firewall";
    String chain = "pc-" + PRODUCT + "-dk";

    try (TestHost host = TestHost.up(231)) {
      String container = "pca-" + host.name + "-k";
      try {
        dockerLike(host, container, List.of(allowed, other));
        host.listen(container, List.of(allowed, other), List.of());
        String before = dockerUser(host);
        assertTrue(before.contains(FOREIGN), before);

        Map<String, Object> vars = new TreeMap<>(Map.of(role + "_backend", "iptables",
            role + "_components", List.of(flow.path("component").asText())));
        Playbook playbook = new Playbook(host, Roles.collectionsPath(PRODUCT), Roles.fqcn(PRODUCT));
        Playbook.Run off = playbook.apply(vars, Map.of());
        assertTrue(off.ok(), off.command()::describe);
        assertEquals(before, dockerUser(host), "with the variable off the role leaves DOCKER-USER alone");
        // INPUT drops what no flow opens, yet every published port is open to everyone: the bypass
        assertTrue(reaches(host, true, other) && reaches(host, false, allowed) && reaches(host, false, other),
            "published ports bypass INPUT\n" + state(host));

        vars.put(role + "_docker_user", true);
        Playbook.Run on = playbook.apply(vars, Map.of());
        assertTrue(on.ok(), on.command()::describe);
        String after = dockerUser(host);
        assertTrue(after.startsWith("-N DOCKER-USER\n-A DOCKER-USER -m comment --comment " + role + " -j " + chain),
            after);
        assertTrue(after.contains(FOREIGN), "the rule of DOCKER-USER's owner survives:\n" + after);
        assertTrue(reaches(host, true, allowed), "the flow's peer reaches the published port\n" + state(host));
        assertTrue(!reaches(host, false, allowed), "a host that is not a peer does not\n" + state(host));
        assertTrue(!reaches(host, true, other), "a published port no flow names is dropped\n" + state(host));

        Playbook.Run again = playbook.apply(vars, Map.of());
        assertTrue(again.ok() && again.changed() == 0, again.command()::describe);
      } finally {
        Command.run(null, 60, "sh", "-c", "pids=$(ip netns pids " + container + " 2>/dev/null); "
            + "[ -z \"$pids\" ] || kill $pids; ip netns del " + container + " 2>/dev/null; true");
      }
    }
  }

  /**
   * The nftables backend's equivalent: Docker (iptables-nft) keeps its chains, the role's own table
   * gets a forward chain that passes a translated connection only when it matches an ingress flow
   * of this host, matched on the port the client asked for. Both must accept: Docker's chains and
   * the role's. With the variable off the published ports bypass the table's input drop.
   */
  @Test
  void theNftablesBackendFiltersPublishedPortsInItsOwnForwardChain() throws IOException {
    Tools.requireRoot("builds a test host of network namespaces");
    for (String tool : List.of("ansible-playbook", "iptables", "nft", "ip", "nc")) {
      Tools.require(tool, "applies the role beside a simulated Docker");
    }
    JsonNode model = JSON.readTree(Roles.model(PRODUCT).toFile());
    JsonNode flow = null;
    List<int[]> used = new ArrayList<>();
    for (JsonNode f : model.path("flows")) {
      for (JsonNode p : f.path("ports")) {
        used.add(new int[] {p.path("from").asInt(), p.path("to").asInt()});
      }
      if (flow == null && f.path("direction").asText().equals("inbound") && f.path("protocol").asText().equals("tcp")
          && f.path("peer").path("kind").asText().equals("component") && !f.has("feature")
          && f.path("ports").size() > 0 && !f.path("ports").get(0).has("variable")) {
        flow = f;
      }
    }
    assertTrue(flow != null, "no inbound TCP flow from a component in " + PRODUCT);
    int allowed = flow.path("ports").get(0).path("from").asInt();
    int other = 64999;
    while (inAny(used, other)) {
      other--;
    }
    String role = PRODUCT + "_firewall";
    try (TestHost host = TestHost.up(232)) {
      String container = "pca-" + host.name + "-k";
      try {
        dockerLike(host, container, List.of(allowed, other));
        host.listen(container, List.of(allowed, other), List.of());
        String before = dockerUser(host);
        Map<String, Object> vars = new TreeMap<>(Map.of(role + "_backend", "nftables",
            role + "_components", List.of(flow.path("component").asText())));
        Playbook playbook = new Playbook(host, Roles.collectionsPath(PRODUCT), Roles.fqcn(PRODUCT));
        Playbook.Run off = playbook.apply(vars, Map.of());
        assertTrue(off.ok(), off.command()::describe);
        assertTrue(reaches(host, true, other) && reaches(host, false, allowed) && reaches(host, false, other),
            "published ports bypass the table's input chain\n" + nftState(host));

        vars.put(role + "_docker_user", true);
        Playbook.Run on = playbook.apply(vars, Map.of());
        assertTrue(on.ok(), on.command()::describe);
        assertEquals(before, dockerUser(host), "Docker's chains are left alone");
        assertTrue(reaches(host, true, allowed), "the flow's peer reaches the published port\n" + nftState(host));
        assertTrue(!reaches(host, false, allowed), "a host that is not a peer does not\n" + nftState(host));
        assertTrue(!reaches(host, true, other), "a published port no flow names is dropped\n" + nftState(host));

        Playbook.Run again = playbook.apply(vars, Map.of());
        assertTrue(again.ok() && again.changed() == 0, again.command()::describe);
      } finally {
        Command.run(null, 60, "sh", "-c", "pids=$(ip netns pids " + container + " 2>/dev/null); "
            + "[ -z \"$pids\" ] || kill $pids; ip netns del " + container + " 2>/dev/null; true");
      }
    }
  }

  private static String nftState(TestHost host) {
    return host.serverNet("", "nft", "list", "ruleset").output();
  }

  private static boolean inAny(List<int[]> ranges, int port) {
    return ranges.stream().anyMatch(r -> r[0] <= port && port <= r[1]);
  }

  /** What Docker sets up for ports published to a container at 10.233.N.2. */
  private static void dockerLike(TestHost host, String container, List<Integer> published) {
    String srv = "pca-" + host.name + "-s";
    String veth = "pca" + host.name + "k";
    String net = "10.233." + host.index;
    List<String> setup = new ArrayList<>(List.of(
        "ip netns add " + container,
        "ip link add " + veth + " netns " + srv + " type veth peer name " + veth + "c netns " + container,
        "ip -n " + srv + " link set " + veth + " name docker0",
        "ip -n " + container + " link set " + veth + "c name eth0",
        "ip -n " + container + " link set lo up",
        "ip -n " + srv + " addr add " + net + ".1/24 dev docker0",
        "ip -n " + container + " addr add " + net + ".2/24 dev eth0",
        "ip -n " + srv + " link set docker0 up",
        "ip -n " + container + " link set eth0 up",
        "ip -n " + container + " route add default via " + net + ".1",
        "ip netns exec " + srv + " sysctl -qw net.ipv4.ip_forward=1",
        "ip netns exec " + srv + " iptables -N DOCKER-USER",
        "ip netns exec " + srv + " iptables -A DOCKER-USER -s 192.0.2.0/24 -j DROP",
        "ip netns exec " + srv + " iptables -A DOCKER-USER -j RETURN",
        "ip netns exec " + srv + " iptables -N DOCKER",
        "ip netns exec " + srv + " iptables -P FORWARD DROP",
        "ip netns exec " + srv + " iptables -A FORWARD -j DOCKER-USER",
        "ip netns exec " + srv + " iptables -A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT",
        "ip netns exec " + srv + " iptables -A FORWARD -o docker0 -j DOCKER",
        "ip netns exec " + srv + " iptables -A FORWARD -i docker0 -j ACCEPT"));
    for (int port : published) {
      setup.add("ip netns exec " + srv + " iptables -t nat -A PREROUTING -p tcp --dport " + port
          + " -j DNAT --to-destination " + net + ".2:" + port);
      setup.add("ip netns exec " + srv + " iptables -A DOCKER -d " + net + ".2 -o docker0 -p tcp --dport " + port
          + " -j ACCEPT");
    }
    Command run = Command.run(null, 120, "sh", "-ec", String.join("\n", setup));
    assertTrue(run.ok(), run::describe);
  }

  private static String dockerUser(TestHost host) {
    return host.serverNet("", "iptables", "-S", "DOCKER-USER").output();
  }

  private static String state(TestHost host) {
    return host.serverNet("", "iptables-save").output();
  }

  /** A TCP connection from the client's near or far address to the server's published port. */
  private static boolean reaches(TestHost host, boolean near, int port) {
    Command.run(null, 30, "ip", "netns", "exec", "pca-" + host.name + "-s", "conntrack", "-F");
    Command nc = host.client("", "nc", "-z", "-w", "3", "-s", host.clientAddress(near, 4), host.serverV4(),
        Integer.toString(port));
    return nc.ok();
  }
}
