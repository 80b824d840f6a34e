package dev.portcullis.it.ansible;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.it.GeneratedOutput;
import dev.portcullis.it.Tools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The end-to-end matrix: every generated role (the five seed products and the lab) with each
 * backend, applied for real on network-namespace test hosts ({@link Scenario} lists the steps).
 * Every scenario runs the steps that check a product's rules against its oracle (each apply with
 * its probes, and the second run that changes nothing); the steps that check a backend's own
 * behaviour (foreign rules kept, check mode, the lock-out guard, the reboot) run once per backend,
 * in the scenario of the product with the most port ranges among those selected (the role with
 * the most rules), as they depend on the backend's tasks, not on which product's rules they
 * apply. {@code -Dportcullis.ansible.backendSteps=all} runs them in every scenario.
 * Scenarios run in parallel on their own hosts ({@code -Dportcullis.ansible.parallel}, default
 * 3); each is reported as its own test. While working on one role,
 * {@code -Dportcullis.ansible.products=storegrid,...} and {@code -Dportcullis.ansible.backends=ufw}
 * narrow the matrix (every product and both backends by default).
 */
class AnsibleApplyTest {
  private static final List<String> BACKENDS = List.of("iptables", "ufw", "nftables", "firewalld");
  /**
   * The first host index of each backend: the nftables and firewalld hosts use their own range,
   * so their namespaces and subnets never meet those of the ufw and iptables hosts.
   */
  private static final Map<String, Integer> FIRST_INDEX = Map.of("iptables", 1, "ufw", 1, "nftables", 101,
      "firewalld", 101);
  private static ExecutorService pool;

  @TestFactory
  Stream<DynamicTest> everyRoleWithEveryBackendOnATestHost() {
    Tools.requireRoot("network namespaces and their firewalls");
    List<String> onlyBackends = listProperty("portcullis.ansible.backends");
    for (String tool : List.of("ansible-playbook", "ufw", "iptables", "ip6tables", "ip", "unshare", "python3",
        "conntrack")) {
      Tools.require(tool, "applies the roles on test hosts");
    }
    if (onlyBackends.isEmpty() || onlyBackends.contains("nftables") || onlyBackends.contains("firewalld")) {
      Tools.require("nft", "the nftables backend, and firewalld's own backend, on test hosts");
    }
    if (onlyBackends.isEmpty() || onlyBackends.contains("firewalld")) {
      for (String tool : List.of("firewalld", "firewall-cmd", "firewall-offline-cmd", "dbus-daemon", "nsenter")) {
        Tools.require(tool, "runs a real firewalld in the firewalld test hosts");
      }
    }
    List<String> products = new ArrayList<>(Roles.outputs().keySet());
    assertTrue(products.containsAll(GeneratedOutput.SEED_PRODUCTS), "a seed product has no role: " + products);
    pool = Executors.newFixedThreadPool(Integer.getInteger("portcullis.ansible.parallel", 3));
    List<DynamicTest> tests = new ArrayList<>();
    List<Scenario> scenarios = new ArrayList<>();
    Map<Integer, Integer> next = new HashMap<>();
    List<String> onlyProducts = listProperty("portcullis.ansible.products");
    boolean backendStepsEverywhere = System.getProperty("portcullis.ansible.backendSteps", "").equals("all");
    // the product with the most port ranges (ties: the first by name) runs the backend's steps
    String largest = products.stream().filter(p -> onlyProducts.isEmpty() || onlyProducts.contains(p))
        .max(Comparator.comparingInt(AnsibleApplyTest::ranges).thenComparing(Comparator.reverseOrder()))
        .orElse("");
    for (String product : products) {
      for (String backend : BACKENDS) {
        // iptables and ufw (and nftables and firewalld) take turns in their shared range
        int index = FIRST_INDEX.get(backend) + next.merge(FIRST_INDEX.get(backend), 1, Integer::sum) - 1;
        if (onlyProducts.isEmpty() || onlyProducts.contains(product)) {
          if (onlyBackends.isEmpty() || onlyBackends.contains(backend)) {
            scenarios.add(new Scenario(product, backend, index, backendStepsEverywhere
                || product.equals(largest)));
          }
        }
      }
    }
    // the longest first (ufw, then the products with the most port ranges), so the pool ends together
    Map<Scenario, CompletableFuture<Void>> done = new HashMap<>();
    scenarios.stream().sorted(Comparator.comparingInt(AnsibleApplyTest::cost).reversed()).forEach(scenario ->
        done.put(scenario, CompletableFuture.runAsync(() -> {
          try {
            scenario.run();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }, pool)));
    for (Scenario scenario : scenarios) {
      tests.add(DynamicTest.dynamicTest(scenario.name(), () -> {
        try {
          done.get(scenario).get();
          System.out.print(scenario.log());
        } catch (ExecutionException e) {
          throw e.getCause();
        }
      }));
    }
    return tests.stream();
  }

  /**
   * A rough measure of how long a scenario takes: ufw runs ufw once a rule, so it counts double,
   * and the backend's steps add about half.
   */
  private static int cost(Scenario scenario) {
    int ranges = ranges(scenario.product());
    int cost = scenario.backend().equals("ufw") ? 2 * ranges : ranges;
    return scenario.backendSteps() ? cost * 3 / 2 : cost;
  }

  /** The port ranges of a product's flows (a flow without ports counting one). */
  private static int ranges(String product) {
    try {
      int ranges = 0;
      for (JsonNode flow : new ObjectMapper().readTree(Roles.model(product).toFile()).get("flows")) {
        ranges += Math.max(1, flow.get("ports").size());
      }
      return ranges;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> listProperty(String name) {
    String value = System.getProperty(name, "").trim();
    return value.isEmpty() ? List.of() : List.of(value.split("\\s*,\\s*"));
  }

  @AfterAll
  static void stopPool() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
