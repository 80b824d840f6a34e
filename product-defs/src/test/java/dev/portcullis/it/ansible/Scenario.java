package dev.portcullis.it.ansible;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * One product with one backend, end to end on a fresh test host. Steps marked <em>(backend)</em>
 * prove a property of the backend's tasks, which are the same for every product (they differ
 * only in the rules the plan gives them): they run in one scenario per backend, that of the
 * product with the most port ranges ({@link #backendSteps}), chosen by {@link AnsibleApplyTest}.
 * The other steps (every apply, with its probes against the oracle of this product, and the
 * second run that changes nothing) run for every product. Every probed step compares
 * inbound (client to server) and outbound (server to client) probes, from and to the client's
 * near address (the server's subnet) and its far one (another subnet), with {@link Expectations}
 * (the reachability oracle plus the test host):
 * <ol>
 *   <li><em>(backend)</em> a foreign rule (an accepted port: iptables, or a rich rule of firewalld's default zone),
 *       Docker-style chains (not on firewalld, whose start flushes iptables) and, for nftables, a
 *       user's own table are put in place first;</li>
 *   <li>the role is applied with its defaults (every component, outgoing traffic open): every
 *       reach the oracle has for the client's addresses answers, SSH answers, everything else
 *       probed inbound is closed, everything outbound answers, <em>(backend)</em> the foreign rule
 *       and chains survive;</li>
 *   <li>again with {@code <role>_default_outgoing_deny: true}, the host being the product's first
 *       component alone: outbound, only the oracle's egress reaches of that component answer (a
 *       product that needs outgoing traffic open must refuse it in the preflight instead and
 *       change nothing);</li>
 *   <li>again with variables that move every configurable port, flip every protocol, add an
 *       instance, turn every feature on, move SSH, keep outgoing traffic restricted and put
 *       every peer component and zone without networks on the client's far address, the host
 *       being the last component alone: the same checks against the new values (the old ports
 *       are now closed). A host that is one component shows that component's own rules (the
 *       dialer's egress, the listener's ingress), which all components on one host would hide;</li>
 *   <li>a second run with the same variables changes nothing;</li>
 *   <li><em>(backend)</em> {@code --check --diff} with SSH moved back to 22 reports changes and changes nothing;</li>
 *   <li><em>(backend)</em> a run whose SSH port differs from the one the controller is connected on, and whose SSH
 *       sources leave the controller's address out, fails in the preflight with a clear message
 *       for each and changes nothing;</li>
 *   <li><em>(backend)</em> after a simulated reboot (every table flushed; firewalld stopped and started again) the
 *       backend's own boot path (ufw-init, the role's restore script, the nftables unit's command,
 *       firewalld's permanent configuration) brings the same rules back, outgoing restriction
 *       included.</li>
 * </ol>
 */
final class Scenario {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Seconds a probe waits for an answer; a probe that should answer and did not is tried again. */
  private static final String TIMEOUT = System.getProperty("portcullis.ansible.probeTimeout", "1.0");
  private static final String RETRY_TIMEOUT = "4";

  private final String product;
  private final String backend;
  private final int index;
  /**
   * Whether this scenario also runs the backend's steps: the foreign rules, check mode, the
   * lock-out guard and the reboot. They test the backend's tasks and boot path, not the product's
   * rules, so one product per backend (the largest) is enough; running them for all six products
   * took about a third of the matrix.
   */
  private final boolean backendSteps;
  private final StringBuilder log = new StringBuilder();
  private long started;

  Scenario(String product, String backend, int index, boolean backendSteps) {
    this.product = product;
    this.backend = backend;
    this.index = index;
    this.backendSteps = backendSteps;
  }

  String name() {
    return product + " with " + backend + (backendSteps ? " (and the backend's steps)" : "");
  }

  String product() {
    return product;
  }

  String backend() {
    return backend;
  }

  boolean backendSteps() {
    return backendSteps;
  }

  /** Runs every step; throws an AssertionError naming the first step that failed. */
  void run() throws IOException {
    started = System.nanoTime();
    String role = product + "_firewall";
    JsonNode model = JSON.readTree(Roles.model(product).toFile());
    Path collectionsPath = Roles.collectionsPath(product);
    boolean outgoingRequired = model.path("prerequisites").path("outgoing").path("mustBeAllowed").asBoolean();
    boolean sshSources = Files.readString(Roles.role(product).resolve("defaults/main.yml"))
        .contains(role + "_ssh_sources_ipv4:");
    try (TestHost host = TestHost.up(index, backend.equals("firewalld"))) {
      Map<String, Object> defaults = new TreeMap<>(Map.of(role + "_backend", backend));
      // With every component on one host, one component's rules could hide another's missing
      // ones: the restricted step is the first component alone, the moved steps the last alone.
      List<String> components = new ArrayList<>();
      model.get("components").forEach(c -> components.add(c.get("id").asText()));
      Map<String, Object> denied = new TreeMap<>(defaults);
      denied.put(role + "_default_outgoing_deny", true);
      denied.put(role + "_components", List.of(components.get(0)));
      Map<String, Object> moved = new TreeMap<>(defaults);
      moved.putAll(Variant.moved(model, role, host, !outgoingRequired, sshSources));
      moved.put(role + "_components", List.of(components.get(components.size() - 1)));
      Expectations open = Expectations.of(model, defaults, role, host, backend);
      Expectations restricted = Expectations.of(model, denied, role, host, backend);
      Expectations after = Expectations.of(model, moved, role, host, backend);
      Set<Probe> targets = new TreeSet<>(open.targets());
      targets.addAll(after.targets());
      if (!outgoingRequired) {
        targets.addAll(restricted.targets());
      }
      Set<Integer> ports = new TreeSet<>();
      targets.forEach(t -> ports.add(t.port()));
      host.listen(ports, ports);
      host.listenOnClient(ports, ports);
      log.append(String.format("  %d ports listened on, %d probe targets%n", ports.size(), targets.size()));
      if (backendSteps) {
        step("foreign rules", foreignRules(host, backend));
      }

      Playbook playbook = new Playbook(host, collectionsPath, Roles.fqcn(product));
      Playbook.Run first = playbook.apply(defaults, Map.of());
      check("apply with the defaults", first.ok(), first.command().describe());
      probe(host, "defaults", open, open.probes(targets, backendSteps));
      if (backendSteps) {
        check("foreign rules survive", foreignRulesIntact(host, backend), state(host));
      }

      if (outgoingRequired) {
        String stateOpen = state(host);
        Playbook.Run refused = playbook.apply(denied, Map.of());
        check("restricting outgoing traffic is refused (the product needs it)", !refused.ok()
            && refused.command().output().contains(role + "_default_outgoing_deny: true is refused"),
            refused.command().describe());
        check("the refused run changed nothing", stateOpen.equals(state(host)), stateOpen + "\n---\n" + state(host));
      } else {
        Playbook.Run deny = playbook.apply(denied, Map.of());
        check("apply with outgoing traffic restricted", deny.ok(), deny.command().describe());
        probe(host, "defaults, outgoing restricted", restricted, restricted.probes(targets, backendSteps));
      }

      Playbook.Run second = playbook.apply(moved, Map.of());
      check("apply with moved ports, features on, far peers " + moved, second.ok(), second.command().describe());
      probe(host, "moved", after, after.probes(targets, backendSteps));
      if (backendSteps) {
        check("foreign rules survive", foreignRulesIntact(host, backend), state(host));
      }

      Playbook.Run again = playbook.apply(moved, Map.of());
      check("a second run changes nothing", again.ok() && again.changed() == 0,
          "changed=" + again.changed() + "\n" + again.command().describe());
      if (backendSteps) {
        backendSteps(host, playbook, role, moved, after, targets, sshSources);
      }
    }
    log.append(String.format("%s: passed in %d s%n", name(), (System.nanoTime() - started) / 1_000_000_000L));
  }

  /** Check mode, the lock-out guard and the reboot, on the host as the moved step left it. */
  private void backendSteps(TestHost host, Playbook playbook, String role, Map<String, Object> moved,
      Expectations after, Set<Probe> targets, boolean sshSources) throws IOException {
    // SSH back on port 22: a small change both ways (a rule out, a rule in), so check mode has
    // something to report without reconciling every rule (ufw takes minutes for that)
    Map<String, Object> sshMoved = new TreeMap<>(moved);
    sshMoved.put(role + "_ssh_port", 22);
    String stateBefore = state(host);
    Playbook.Run dry = playbook.apply(sshMoved, Map.of(), "--check", "--diff");
    check("--check --diff reports what would change", dry.ok() && dry.changed() > 0,
        "changed=" + dry.changed() + "\n" + dry.command().describe());
    check("--check --diff changes nothing", stateBefore.equals(state(host)), stateBefore + "\n---\n" + state(host));

    // The controller connected on port 22 from the near address, while the variables keep only
    // the moved SSH port open (and, where the role has SSH sources, only from the far address):
    // the preflight must refuse before any rule changes, naming each reason.
    Playbook.Run lockout = playbook.apply(moved,
        Map.of("SSH_CONNECTION", host.clientV4() + " 50022 " + host.serverV4() + " 22"));
    String refusal = lockout.command().output();
    check("a configuration that would cut the controller off fails before applying", !lockout.ok()
        && refusal.contains("would cut the controller off") && refusal.contains("_ssh_port is " + after.sshPort())
        && (!sshSources || refusal.contains("The controller connects from " + host.clientV4() + ", outside")),
        lockout.command().describe());
    check("the refused run changed nothing", stateBefore.equals(state(host)), stateBefore + "\n---\n" + state(host));

    reboot(host);
    // the user's rich rule is permanent in firewalld, the other foreign rules were runtime only
    probe(host, "after reboot", after, after.probes(targets, backend.equals("firewalld")));
  }

  /**
   * A simulated reboot: every table flushed (firewalld stopped first, as at shutdown), then the
   * backend's own boot path brings the rules back: ufw-init; the role's restore script (iptables)
   * or the unit's ExecStart (nftables), both only when the unit is enabled; firewalld started again
   * from its permanent configuration.
   */
  private void reboot(TestHost host) {
    String unit = "portcullis-" + product.replace('_', '-') + ".service";
    if (backend.equals("firewalld")) {
      step("reboot: firewalld stopped", host.firewalldDaemon("stop"));
    }
    step("reboot: tables flushed", host.serverShell(backend.equals("nftables") || backend.equals("firewalld")
        ? "nft flush ruleset" : FLUSH));
    step("reboot: the backend's boot path", switch (backend) {
      case "ufw" -> host.serverShell("/lib/ufw/ufw-init start quiet");
      case "iptables" -> host.serverShell("test -L /etc/systemd/system/multi-user.target.wants/" + unit
          + " && sh /etc/portcullis/" + product + "/restore.sh");
      case "nftables" -> host.serverShell("test -L /etc/systemd/system/multi-user.target.wants/" + unit
          + " && eval \"$(sed -n 's/^ExecStart=//p' /etc/systemd/system/" + unit + ")\"");
      case "firewalld" -> host.firewalldDaemon("start");
      default -> throw new IllegalArgumentException(backend);
    });
  }

  String log() {
    return log.toString();
  }

  private void probe(TestHost host, String what, Expectations expectations, Map<Probe, Boolean> expected)
      throws IOException {
    // a connection an earlier step opened is still tracked, and its replies pass any new rule:
    // forget them so each step is judged by its own rules alone
    for (Command flush : List.of(host.serverNet("", "conntrack", "-F"), host.client("", "conntrack", "-F"))) {
      check("forget tracked connections before probing " + what + " (needs conntrack)", flush.ok(), flush.describe());
    }
    Map<Probe, Boolean> answers = run(host, expected.keySet(), TIMEOUT, what);
    // under load an open port may answer late: only what still stays silent with a longer wait fails
    Set<Probe> silent = new TreeSet<>();
    expected.forEach((p, open) -> {
      if (open && !answers.get(p)) {
        silent.add(p);
      }
    });
    if (!silent.isEmpty()) {
      answers.putAll(run(host, silent, RETRY_TIMEOUT, what + " (again, waiting longer)"));
    }
    List<String> wrong = new ArrayList<>();
    expected.forEach((p, open) -> {
      if (answers.get(p) != open) {
        List<String> by = expectations.allowedBy(p);
        wrong.add(p + " to " + (p.inbound() ? host.serverAddress(p.family()) + " from " : "")
            + host.clientAddress(p.near(), p.family())
            + (open ? " should answer but is closed" : " should be closed but answers")
            + (by.isEmpty() ? "" : " (oracle: " + String.join("; ", by) + ")"));
      }
    });
    check("probe " + what + " (" + expected.size() + " probes)", wrong.isEmpty(),
        wrong.size() + " probes differ from the oracle:\n" + String.join("\n", wrong) + "\n\n" + state(host));
    long in = expected.entrySet().stream().filter(e -> e.getKey().inbound() && e.getValue()).count();
    long out = expected.entrySet().stream().filter(e -> !e.getKey().inbound() && e.getValue()).count();
    log.append(String.format("  %s: %d probes as expected (%d open inbound, %d open outbound)%n", what,
        expected.size(), in, out));
  }

  /** Runs the inbound probes in the client and the outbound ones in the server, at the same time. */
  private Map<Probe, Boolean> run(TestHost host, Set<Probe> probes, String timeout, String what) throws IOException {
    List<Map<String, Object>> inbound = new ArrayList<>();
    List<Map<String, Object>> outbound = new ArrayList<>();
    for (Probe p : probes) {
      if (p.inbound()) {
        inbound.add(Map.of("id", p.id(), "proto", p.proto(), "port", p.port(),
            "host", host.serverAddress(p.family()), "source", host.clientAddress(p.near(), p.family())));
      } else {
        outbound.add(Map.of("id", p.id(), "proto", p.proto(), "port", p.port(),
            "host", host.clientAddress(p.near(), p.family())));
      }
    }
    String in = JSON.writeValueAsString(inbound);
    String out = JSON.writeValueAsString(outbound);
    CompletableFuture<Command> fromServer = CompletableFuture.supplyAsync(
        () -> host.serverNet(out, "python3", TestHost.script("prober.py"), timeout));
    Command fromClient = host.client(in, "python3", TestHost.script("prober.py"), timeout);
    Command serverResult = fromServer.join();
    check("probe " + what + ": inbound prober", fromClient.ok(), fromClient.describe());
    check("probe " + what + ": outbound prober", serverResult.ok(), serverResult.describe());
    Map<Probe, Boolean> answers = new TreeMap<>();
    JsonNode a = JSON.readTree(fromClient.output());
    JsonNode b = JSON.readTree(serverResult.output());
    for (Probe p : probes) {
      JsonNode answer = (p.inbound() ? a : b).get(p.id());
      answers.put(p, answer != null && answer.asBoolean());
    }
    return answers;
  }

  private void step(String what, Command command) {
    check(what, command.ok(), command.describe());
  }

  private void check(String what, boolean ok, String detail) {
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    log.append(String.format("  [%3d s] %s: %s%n", seconds, what, ok ? "ok" : "FAILED"));
    if (!ok) {
      throw new AssertionError(name() + ": " + what + " failed\n" + log + "\n" + detail);
    }
  }

  private static String state(TestHost host) {
    return host.server("sh", TestHost.script("state.sh")).output();
  }

  /**
   * What a user and Docker put in place before the role runs: the chains Docker makes (iptables;
   * not on a firewalld host, where firewalld's own start flushes them), and a user's own accepted port (9999 from the client's near address): an iptables rule for the
   * ufw, iptables and nftables backends, a rich rule of the default zone for firewalld. nftables
   * also gets a user's table of its own that counts that port: an accept in another table cannot
   * open what the role's table drops (every base chain must accept), so there the port stays
   * closed, and the counter proves the user's table still sees the traffic.
   */
  private static Command foreignRules(TestHost host, String backend) {
    List<String> lines = new ArrayList<>(List.of("set -e"));
    if (backend.equals("firewalld")) {
      for (String rich : foreignRichRules(host)) {
        lines.add("firewall-cmd -q --permanent --zone=public --add-rich-rule='" + rich + "'");
      }
      lines.add("firewall-cmd -q --reload");
    } else {
      lines.add("iptables -w -A INPUT -s " + host.clientV4() + " -p tcp --dport " + Expectations.FOREIGN_PORT
          + " -m comment --comment pca-foreign -j ACCEPT");
      lines.add("ip6tables -w -A INPUT -s " + host.clientV6() + " -p tcp --dport " + Expectations.FOREIGN_PORT
          + " -m comment --comment pca-foreign -j ACCEPT");
    }
    if (backend.equals("nftables")) {
      lines.add("nft add table inet pca_foreign");
      lines.add("nft add chain inet pca_foreign input '{ type filter hook input priority -10; policy accept; }'");
      lines.add("nft add rule inet pca_foreign input tcp dport " + Expectations.FOREIGN_PORT
          + " counter comment pca-foreign");
    }
    if (backend.equals("firewalld")) {
      // firewalld flushes every iptables table when it starts or reloads (Docker re-creates its
      // chains on firewalld's Reloaded signal): Docker-style iptables chains cannot survive it
      return host.serverShell(String.join("\n", lines));
    }
    lines.addAll(List.of(
        "iptables -w -N DOCKER-USER",
        "iptables -w -A DOCKER-USER -j RETURN",
        "iptables -w -I FORWARD 1 -j DOCKER-USER",
        "iptables -w -t nat -N DOCKER",
        "iptables -w -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER"));
    return host.serverShell(String.join("\n", lines));
  }

  private static List<String> foreignRichRules(TestHost host) {
    return List.of(
        "rule family=\"ipv4\" source address=\"" + host.clientV4() + "\" port port=\"" + Expectations.FOREIGN_PORT
            + "\" protocol=\"tcp\" accept",
        "rule family=\"ipv6\" source address=\"" + host.clientV6() + "\" port port=\"" + Expectations.FOREIGN_PORT
            + "\" protocol=\"tcp\" accept");
  }

  /** The foreign rules are all still there (and the user's nftables table has counted probes). */
  private static boolean foreignRulesIntact(TestHost host, String backend) {
    List<String> lines = new ArrayList<>(List.of("set -e"));
    if (backend.equals("firewalld")) {
      for (String rich : foreignRichRules(host)) {
        lines.add("firewall-cmd -q --zone=public --query-rich-rule='" + rich + "'");
        lines.add("firewall-cmd -q --permanent --zone=public --query-rich-rule='" + rich + "'");
      }
    } else {
      lines.add("iptables -w -C INPUT -s " + host.clientV4() + " -p tcp --dport " + Expectations.FOREIGN_PORT
          + " -m comment --comment pca-foreign -j ACCEPT");
      lines.add("ip6tables -w -C INPUT -s " + host.clientV6() + " -p tcp --dport " + Expectations.FOREIGN_PORT
          + " -m comment --comment pca-foreign -j ACCEPT");
    }
    if (backend.equals("nftables")) {
      lines.add("nft list chain inet pca_foreign input | grep -q 'counter packets [1-9]'");
    }
    if (backend.equals("firewalld")) {
      return host.serverShell(String.join("\n", lines)).ok();
    }
    lines.addAll(List.of(
        "iptables -w -C DOCKER-USER -j RETURN",
        "iptables -w -C FORWARD -j DOCKER-USER",
        "iptables -w -t nat -C PREROUTING -m addrtype --dst-type LOCAL -j DOCKER"));
    return host.serverShell(String.join("\n", lines)).ok();
  }

  /** Every table of both families emptied, policies ACCEPT: a host as it boots. */
  private static final String FLUSH = String.join("\n",
      "set -e",
      "for ipt in iptables ip6tables; do",
      "  for table in filter nat mangle raw; do",
      "    $ipt -w -t $table -F; $ipt -w -t $table -X",
      "  done",
      "  for chain in INPUT FORWARD OUTPUT; do $ipt -w -P $chain ACCEPT; done",
      "done");
}
