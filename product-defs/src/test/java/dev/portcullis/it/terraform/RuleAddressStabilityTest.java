package dev.portcullis.it.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving flows within a definition, and adding one, must not change the Terraform address of any
 * existing rule (count-indexed modules churn here). Two variants of one definition are compiled
 * with the processor: the second declares its flows in reverse order, moves a port constant, and
 * adds a flow. Both are planned; every address of the first is in the second with the same
 * values, and the second adds only the new flow's rules. The variants use every concept
 * ({@link LabDefinition}), so their plans are also checked against their definitions.
 */
class RuleAddressStabilityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TerraformCli terraform;

  @TempDir static Path work;

  @BeforeAll
  static void requireTerraform() {
    terraform = TerraformCli.require();
  }

  @Test
  void movingAndAddingFlowsKeepsEveryExistingRuleAddress() throws Exception {
    List<String> reversed = new ArrayList<>(LabDefinition.FLOWS);
    Collections.reverse(reversed);
    reversed.add(3, LabDefinition.ADDED_FLOW);
    List<String> constants = new ArrayList<>(LabDefinition.CONSTANTS);
    Collections.reverse(constants);

    ModulePlan before = plan("before", LabDefinition.FLOWS, LabDefinition.CONSTANTS);
    ModulePlan after = plan("after", reversed, constants);

    List<String> beforeAddresses = before.ruleAddresses();
    List<String> afterAddresses = after.ruleAddresses();
    assertFalse(beforeAddresses.isEmpty());
    Set<String> lost = new TreeSet<>(beforeAddresses);
    lost.removeAll(afterAddresses);
    assertTrue(lost.isEmpty(), "rule addresses that moving flows changed: " + lost);
    for (String address : beforeAddresses) {
      assertEquals(before.resources().get(address).path("values"), after.resources().get(address).path("values"),
          address + " plans different values after the flows moved");
    }
    Set<String> added = new TreeSet<>(afterAddresses);
    added.removeAll(beforeAddresses);
    assertFalse(added.isEmpty(), "the added flow planned no rule");
    for (String address : added) {
      assertEquals("metrics", after.resources().get(address).path("values").path("tags").path("portcullis:flow").asText(),
          address + " is new but does not belong to the added flow");
    }
    before.delete();
    after.delete();
  }

  private static ModulePlan plan(String variant, List<String> flows, List<String> constants) throws Exception {
    Path dir = work.resolve(variant);
    Path out = DefinitionCompiler.compile(dir, "lab.Lab", LabDefinition.source(flows, constants));
    ModulePlan plan = ModulePlan.plan(terraform, "lab", out.resolve("terraform/aws/lab"));
    JsonNode model = JSON.readTree(out.resolve("model/lab.json").toFile());
    PlanAssertions.rulesEqualTheDefinition(plan, model);
    PlanAssertions.withinTheQuota(plan);
    PlanAssertions.descriptionsPassAwsRule(plan);
    PlanAssertions.rulesAreNamedByTheirKeys(plan);
    return plan;
  }
}
