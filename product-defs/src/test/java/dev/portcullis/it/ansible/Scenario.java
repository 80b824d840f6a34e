package dev.portcullis.it.ansible;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One product with one backend, end to end on a fresh test host:
 * <ol>
 *   <li>a foreign rule (an accepted port) and Docker-style chains are put in place first;</li>
 *   <li>the role is applied with its defaults: every declared flow the client may use answers,
 *       SSH answers, everything else probed is closed, the foreign rule and chains survive;</li>
 *   <li>again with variables that move every configurable port, flip every protocol, add an
 *       instance, turn every feature on and move SSH: the same checks, against the new values
 *       (the old ports are now closed);</li>
 *   <li>a second run with the same variables changes nothing;</li>
 *   <li>{@code --check --diff} with the default variables reports changes and changes nothing;</li>
 *   <li>a run whose SSH port differs from the one the controller is connected on fails in the
 *       preflight with a clear message and changes nothing;</li>
 *   <li>after a simulated reboot (every table flushed) the backend's own boot path (ufw-init, or
 *       the role's restore script) brings the same rules back.</li>
 * </ol>
 */
final class Scenario {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String product;
  private final String backend;
  private final int index;
  private final StringBuilder log = new StringBuilder();
  private long started;

  Scenario(String product, String backend, int index) {
    this.product = product;
    this.backend = backend;
    this.index = index;
  }

  String name() {
    return product + " with " + backend;
  }

  /** Runs every step; throws an AssertionError naming the first step that failed. */
  void run() throws IOException {
    started = System.nanoTime();
    String role = product + "_firewall";
    JsonNode model = JSON.readTree(Roles.model(product).toFile());
    Path rolesPath = Roles.role(product).getParent();
    try (TestHost host = TestHost.up(index)) {
      Map<String, Object> defaults = new TreeMap<>(Map.of(role + "_backend", backend));
      Map<String, Object> moved = new TreeMap<>(defaults);
      moved.putAll(Variant.moved(model, role, host));
      Expectations before = Expectations.of(model, defaults, role, host);
      Expectations after = Expectations.of(model, moved, role, host);
      Set<Integer> candidates = new TreeSet<>(Expectations.UNDECLARED);
      candidates.addAll(before.declared());
      candidates.addAll(after.declared());
      candidates.add(22);
      candidates.add((Integer) moved.get(role + "_ssh_port"));
      Set<Integer> ports = new TreeSet<>(candidates);
      ports.add(Expectations.FOREIGN_PORT);
      before.open().forEach(p -> ports.add(p.port()));
      after.open().forEach(p -> ports.add(p.port()));
      ports.remove(0);
      host.listen(ports, ports);
      step("foreign rules", foreignRules(host));

      Playbook playbook = new Playbook(host, rolesPath, role);
      Playbook.Run first = playbook.apply(defaults, Map.of());
      check("apply with the defaults", first.ok(), first.command().describe());
      probe(host, "defaults", before.probes(candidates, backend, true));
      check("foreign rules survive", foreignRulesIntact(host), state(host));

      Playbook.Run second = playbook.apply(moved, Map.of());
      check("apply with moved ports and features on " + moved, second.ok(), second.command().describe());
      Map<Probe, Boolean> movedProbes = after.probes(candidates, backend, true);
      probe(host, "moved", movedProbes);
      check("foreign rules survive", foreignRulesIntact(host), state(host));

      Playbook.Run again = playbook.apply(moved, Map.of());
      check("a second run changes nothing", again.ok() && again.changed() == 0,
          "changed=" + again.changed() + "\n" + again.command().describe());

      String stateBefore = state(host);
      Playbook.Run dry = playbook.apply(defaults, Map.of(), "--check", "--diff");
      check("--check --diff reports what would change", dry.ok() && dry.changed() > 0,
          "changed=" + dry.changed() + "\n" + dry.command().describe());
      check("--check --diff changes nothing", stateBefore.equals(state(host)), stateBefore + "\n---\n" + state(host));

      // The controller connected on port 22 while the variables keep only the moved SSH port open:
      // the preflight must refuse before any rule changes.
      Playbook.Run lockout = playbook.apply(moved,
          Map.of("SSH_CONNECTION", host.clientV4() + " 50022 " + host.serverV4() + " 22"));
      check("a configuration that would cut the controller off fails before applying", !lockout.ok()
          && lockout.command().output().contains("would cut the controller off"),
          lockout.command().describe());
      check("the refused run changed nothing", stateBefore.equals(state(host)), stateBefore + "\n---\n" + state(host));

      step("reboot: tables flushed", host.serverShell(FLUSH));
      step("reboot: the backend's boot path", host.serverShell(backend.equals("ufw")
          ? "/lib/ufw/ufw-init start quiet"
          : "test -L /etc/systemd/system/multi-user.target.wants/portcullis-" + product.replace('_', '-')
              + ".service && sh /etc/portcullis/" + product + "/restore.sh"));
      probe(host, "after reboot", after.probes(candidates, backend, false));
    }
    log.append(String.format("%s: passed in %d s%n", name(), (System.nanoTime() - started) / 1_000_000_000L));
  }

  String log() {
    return log.toString();
  }

  private void probe(TestHost host, String what, Map<Probe, Boolean> expected) throws IOException {
    List<Map<String, Object>> probes = new ArrayList<>();
    for (Probe p : expected.keySet()) {
      probes.add(Map.of("id", p.id(), "proto", p.proto(), "port", p.port(),
          "host", p.family() == 4 ? host.serverV4() : host.serverV6()));
    }
    Command result = host.client(JSON.writeValueAsString(probes), "python3", TestHost.script("prober.py"), "1.5");
    check("probe " + what, result.ok(), result.describe());
    JsonNode answers = JSON.readTree(result.output());
    List<String> wrong = new ArrayList<>();
    expected.forEach((p, open) -> {
      if (answers.get(p.id()) == null || answers.get(p.id()).asBoolean() != open) {
        wrong.add(p + (open ? " should answer but is closed" : " should be closed but answers"));
      }
    });
    check("probe " + what + " (" + expected.size() + " probes)", wrong.isEmpty(),
        String.join("\n", wrong) + "\n\n" + state(host));
    log.append(String.format("  %s: %d probes as expected (%d open)%n", what, expected.size(),
        expected.values().stream().filter(b -> b).count()));
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

  /** A user's own accepted port, and the chains Docker makes, in place before the role runs. */
  private static Command foreignRules(TestHost host) {
    return host.serverShell(String.join("\n",
        "set -e",
        "iptables -w -A INPUT -s " + host.clientV4() + " -p tcp --dport " + Expectations.FOREIGN_PORT
            + " -m comment --comment pca-foreign -j ACCEPT",
        "ip6tables -w -A INPUT -s " + host.clientV6() + " -p tcp --dport " + Expectations.FOREIGN_PORT
            + " -m comment --comment pca-foreign -j ACCEPT",
        "iptables -w -N DOCKER-USER",
        "iptables -w -A DOCKER-USER -j RETURN",
        "iptables -w -I FORWARD 1 -j DOCKER-USER",
        "iptables -w -t nat -N DOCKER",
        "iptables -w -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER"));
  }

  private static boolean foreignRulesIntact(TestHost host) {
    return host.serverShell(String.join("\n",
        "set -e",
        "iptables -w -C INPUT -s " + host.clientV4() + " -p tcp --dport " + Expectations.FOREIGN_PORT
            + " -m comment --comment pca-foreign -j ACCEPT",
        "ip6tables -w -C INPUT -s " + host.clientV6() + " -p tcp --dport " + Expectations.FOREIGN_PORT
            + " -m comment --comment pca-foreign -j ACCEPT",
        "iptables -w -C DOCKER-USER -j RETURN",
        "iptables -w -C FORWARD -j DOCKER-USER",
        "iptables -w -t nat -C PREROUTING -m addrtype --dst-type LOCAL -j DOCKER")).ok();
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
