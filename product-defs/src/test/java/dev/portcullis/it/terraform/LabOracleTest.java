package dev.portcullis.it.terraform;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * The lab product ({@link LabDefinition}: every concept a module must express) compared with the
 * shared oracle in every scenario of {@link OracleRuns}: as written (it says outgoing traffic must
 * stay allowed, so {@code allow_all_egress = false} is refused) and without its
 * {@code @AllowOutgoing} (so outgoing traffic may be restricted to the planned egress rules).
 */
class LabOracleTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ALLOW_OUTGOING = "@AllowOutgoing(reason = \"clients dial out\")\n";

  @TempDir static Path work;

  private static OracleRuns asWritten;
  private static OracleRuns withoutAllowOutgoing;

  @BeforeAll
  static void planTheLab() throws Exception {
    TerraformCli terraform = TerraformCli.require();
    String source = LabDefinition.source(LabDefinition.FLOWS, LabDefinition.CONSTANTS);
    assertTrue(source.contains(ALLOW_OUTGOING), "the lab says outgoing traffic must stay allowed");
    asWritten = runs(terraform, "as-written", source);
    withoutAllowOutgoing = runs(terraform, "open", source.replace(ALLOW_OUTGOING, ""));
  }

  private static OracleRuns runs(TerraformCli terraform, String variant, String source) throws Exception {
    Path out = DefinitionCompiler.compile(work.resolve(variant), "lab.Lab", source);
    JsonNode model = JSON.readTree(out.resolve("model/lab.json").toFile());
    return OracleRuns.of(terraform, ModulePlan.plan(terraform, "lab", out.resolve("terraform/aws/lab")), model);
  }

  @AfterAll
  static void delete() {
    for (OracleRuns runs : new OracleRuns[] {asWritten, withoutAllowOutgoing}) {
      if (runs != null) {
        runs.defaults().delete();
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> thePlannedRulesAgreeWithTheOracle() {
    return Stream.of(asWritten, withoutAllowOutgoing).flatMap(runs -> runs.runs().stream().map(run ->
        DynamicTest.dynamicTest((runs == asWritten ? "lab" : "lab without @AllowOutgoing")
            + " [" + run.scenario().name() + "]",
            () -> OracleComparison.assertAgrees(run.plan(), runs.model(), run.scenario()))));
  }

  /** The comparison sees a difference: a plan compared with another scenario's oracle fails. */
  @Test
  void theComparisonFailsForTheWrongScenario() {
    OracleRuns runs = withoutAllowOutgoing;
    OracleRuns.Run defaults = runs.runs().get(0);
    for (OracleRuns.Run other : runs.runs().subList(1, runs.runs().size())) {
      assertThrows(AssertionFailedError.class,
          () -> OracleComparison.assertAgrees(other.plan(), runs.model(), defaults.scenario()),
          other.scenario().name() + " planned what the defaults plan");
      assertThrows(AssertionFailedError.class,
          () -> OracleComparison.assertAgrees(defaults.plan(), runs.model(), other.scenario()),
          "the defaults planned what " + other.scenario().name() + " plans");
    }
  }

  @Test
  void allowAllEgressFalseIsRefusedOnlyWhereOutgoingMustStayOpen() {
    TerraformCli.Result refusal = asWritten.refusal();
    assertNotNull(refusal);
    assertNotEquals(0, refusal.exitCode(), refusal.output());
    String output = refusal.output().replace("│", " ").replaceAll("\\s+", " ");
    assertTrue(output.contains("allow_all_egress must stay true: Lab needs outgoing traffic allowed: clients dial out"),
        refusal.output());
    assertNull(withoutAllowOutgoing.refusal());
    List<String> scenarios = withoutAllowOutgoing.runs().stream().map(r -> r.scenario().name()).toList();
    assertTrue(scenarios.contains("allow_all_egress = false"), scenarios.toString());
  }
}
