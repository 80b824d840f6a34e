package dev.portcullis.it.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
 * and {@code plan} of {@code examples/basic} with a mock provider; the planned rules must be
 * exactly the definition's flows, no group may exceed AWS's rule quota, and every description
 * must pass AWS's character rule.
 */
class TerraformModulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> MODULE_FILES = List.of("versions.tf", "variables.tf", "main.tf", "outputs.tf",
      "README.md", "examples/basic/main.tf");

  private static TerraformCli terraform;
  private static final Map<String, ModulePlan> PLANS = new TreeMap<>();

  @BeforeAll
  static void planEveryModule() throws InterruptedException {
    terraform = TerraformCli.require();
    // two at a time: each plan starts the AWS provider, and the machine is shared
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Map<String, Future<ModulePlan>> futures = new TreeMap<>();
      for (String product : definedSeedProducts()) {
        futures.put(product, pool.submit(() -> ModulePlan.plan(terraform, product, module(product))));
      }
      for (Map.Entry<String, Future<ModulePlan>> e : futures.entrySet()) {
        try {
          PLANS.put(e.getKey(), e.getValue().get());
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

  @Test
  void terraformFmtFindsNothingToChange() {
    TerraformCli.Result result = terraform.tryRun(GeneratedOutput.root(), "fmt", "-check", "-recursive", "-diff",
        "-no-color", "terraform");
    assertEquals(0, result.exitCode(), "terraform fmt -check -recursive:\n" + result.output());
  }

  @TestFactory
  Stream<DynamicTest> thePlannedRulesAreExactlyTheDefinitionsFlows() {
    return PLANS.values().stream().map(plan -> DynamicTest.dynamicTest(plan.product(), () ->
        PlanAssertions.rulesEqualTheDefinition(plan,
            JSON.readTree(GeneratedOutput.resolve("model/" + plan.product() + ".json").toFile()))));
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
