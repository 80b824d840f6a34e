package dev.portcullis.it.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.it.GeneratedOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every seed product's Terraform module, checked by Terraform itself (offline, from the
 * machine's provider mirror): {@code terraform fmt -check}, then {@code init}, {@code validate}
 * and {@code plan} of {@code examples/basic} with a mock provider; the planned rules must agree
 * with the shared reachability oracle (at the defaults, with outgoing traffic restricted where
 * allowed, with features, ports and zones set), {@code allow_all_egress = false} must be refused
 * where outgoing traffic must stay allowed, no group may exceed AWS's rule quota, and every
 * description must pass AWS's character rule.
 */
class TerraformModulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> MODULE_FILES = List.of("versions.tf", "variables.tf", "main.tf", "rules.tf",
      "moved.tf", "outputs.tf", "modules/rules/main.tf", "modules/rules/variables.tf", "modules/rules/versions.tf",
      "README.md", "examples/basic/main.tf", "examples/basic/versions.tf");
  /** main.tf is fixed logic: it does not grow with the product (BrickStor's was 2,306 lines). */
  private static final int MAX_MAIN_TF_LINES = 200;

  private static TerraformCli terraform;
  private static final Map<String, ModulePlan> PLANS = new TreeMap<>();
  private static final Map<String, OracleRuns> RUNS = new TreeMap<>();

  @BeforeAll
  static void planEveryModule() throws InterruptedException {
    terraform = TerraformCli.require();
    // two at a time: each plan starts the AWS provider, and the machine is shared
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Map<String, Future<OracleRuns>> futures = new TreeMap<>();
      for (String product : definedSeedProducts()) {
        futures.put(product, pool.submit(() -> OracleRuns.of(terraform,
            ModulePlan.plan(terraform, product, module(product)), model(product))));
      }
      for (Map.Entry<String, Future<OracleRuns>> e : futures.entrySet()) {
        try {
          OracleRuns runs = e.getValue().get();
          RUNS.put(e.getKey(), runs);
          PLANS.put(e.getKey(), runs.defaults());
        } catch (ExecutionException failure) {
          fail("planning " + e.getKey() + " failed", failure.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @AfterAll
  static void deleteWorkDirs() {
    PLANS.values().forEach(ModulePlan::delete);
  }

  /** Seed products whose definition is in this build (each other helper lands its own). */
  static List<String> definedSeedProducts() {
    List<String> defined = new ArrayList<>();
    for (String product : GeneratedOutput.SEED_PRODUCTS) {
      if (Files.isRegularFile(GeneratedOutput.resolve("model/" + product + ".json"))) {
        defined.add(product);
      } else {
        System.err.println("!!! PORTCULLIS: seed product " + product + " is not defined in this build yet;"
            + " its Terraform module is not checked !!!");
      }
    }
    assertTrue(defined.contains("storageos"), "the StorageOS definition is missing from the build");
    return defined;
  }

  static JsonNode model(String product) throws java.io.IOException {
    return JSON.readTree(GeneratedOutput.resolve("model/" + product + ".json").toFile());
  }

  static Path module(String product) {
    return GeneratedOutput.resolve("terraform/aws/" + product);
  }

  @Test
  void everyDefinedSeedProductHasACompleteModule() {
    for (String product : definedSeedProducts()) {
      for (String file : MODULE_FILES) {
        assertTrue(Files.isRegularFile(module(product).resolve(file)), product + " has no " + file);
      }
    }
  }

  /** Every module's main.tf is the same fixed logic, under 200 lines; the rules are data in rules.tf. */
  @Test
  void mainTfIsFixedLogicThatDoesNotGrowWithTheProduct() throws java.io.IOException {
    String first = null;
    for (String product : definedSeedProducts()) {
      List<String> lines = Files.readAllLines(module(product).resolve("main.tf"));
      assertTrue(lines.size() < MAX_MAIN_TF_LINES, product + "'s main.tf has " + lines.size() + " lines");
      // the header names the product: the rest is the same for every product
      String body = String.join("\n", lines.subList(3, lines.size()));
      if (first == null) {
        first = body;
      }
      assertEquals(first, body, product + "'s main.tf differs from the others beyond its header");
    }
  }

  @Test
  void terraformFmtFindsNothingToChange() {
    TerraformCli.Result result = terraform.tryRun(GeneratedOutput.root(), "fmt", "-check", "-recursive", "-diff",
        "-no-color", "terraform");
    assertEquals(0, result.exitCode(), "terraform fmt -check -recursive:\n" + result.output());
  }

  /**
   * The planned rules agree with the shared reachability oracle, both ways, at the defaults,
   * with {@code allow_all_egress = false} where the definition allows it, and with features
   * switched, ports moved and zones given addresses.
   */
  @TestFactory
  Stream<DynamicTest> thePlannedRulesAgreeWithTheOracle() {
    return RUNS.values().stream().flatMap(runs -> runs.runs().stream().map(run -> DynamicTest.dynamicTest(
        run.plan().product() + " [" + run.scenario().name() + "]",
        () -> OracleComparison.assertAgrees(run.plan(), runs.model(), run.scenario()))));
  }

  /** Where the definition says outgoing traffic must stay allowed, the module refuses allow_all_egress = false. */
  @Test
  void allowAllEgressFalseIsRefusedWhereOutgoingMustStayOpen() {
    assertTrue(RUNS.containsKey("storageos") && RUNS.get("storageos").refusal() != null,
        "StorageOS (@AllowOutgoing) must refuse allow_all_egress = false");
    for (OracleRuns runs : RUNS.values()) {
      TerraformCli.Result refusal = runs.refusal();
      if (refusal == null) {
        continue;
      }
      String output = refusal.output().replace("│", " ").replaceAll("\\s+", " ");
      assertTrue(refusal.exitCode() != 0 && output.contains("allow_all_egress must stay true"),
          runs.defaults().product() + " accepted allow_all_egress = false:\n" + refusal.output());
    }
  }

  @TestFactory
  Stream<DynamicTest> noGroupExceedsTheQuotaWithTheDefaults() {
    return PLANS.values().stream().map(plan -> DynamicTest.dynamicTest(plan.product(),
        () -> PlanAssertions.withinTheQuota(plan)));
  }

  @TestFactory
  Stream<DynamicTest> everyDescriptionPassesAwsCharacterRule() {
    return PLANS.values().stream().map(plan -> DynamicTest.dynamicTest(plan.product(),
        () -> PlanAssertions.descriptionsPassAwsRule(plan)));
  }

  @TestFactory
  Stream<DynamicTest> everyRuleIsNamedByItsKey() {
    return PLANS.values().stream().map(plan -> DynamicTest.dynamicTest(plan.product(),
        () -> PlanAssertions.rulesAreNamedByTheirKeys(plan)));
  }
}
