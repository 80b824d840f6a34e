package dev.portcullis.it.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.it.oracle.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 7: the split over security groups is sized at plan time from the variables. A
 * definition whose zone has 20 default CIDRs and four flows (80 IPv4 rules) is split over two
 * groups with the defaults. A module split at generation failed its quota precondition when the
 * user added one CIDR (the first group, full at 60, got 63); now the plan spreads the rules over
 * the groups it needs, raising the quota folds them into one, and only what truly cannot fit (more
 * groups than {@code max_groups_per_component}) fails, naming the variables.
 */
class QuotaSplitTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DEFAULT_CIDRS = 20;

  @TempDir static Path work;

  private static TerraformCli terraform;
  private static ModulePlan defaults;
  private static JsonNode model;

  @BeforeAll
  static void planTheSplitModule() throws Exception {
    terraform = TerraformCli.require();
    Path out = DefinitionCompiler.compile(work, "split.Split", source());
    model = JSON.readTree(out.resolve("model/split.json").toFile());
    defaults = ModulePlan.plan(terraform, "split", out.resolve("terraform/aws/split"));
  }

  @AfterAll
  static void delete() {
    if (defaults != null) {
      defaults.delete();
    }
  }

  private static String source() {
    List<String> cidrs = cidrs(DEFAULT_CIDRS).stream().map(c -> "\"" + c + "\"").toList();
    return """
        package split;

        import dev.portcullis.annotations.*;

        @Product(id = "split", title = "Split")
        @Component(id = "node", description = "Node")
        @Zone(id = "lan", description = "Many subnets", ipv4 = {%s})
        @Flow(id = "ssh", service = "SSH", component = "node", peerZone = "lan", ports = 22)
        @Flow(id = "web", service = "Web", component = "node", peerZone = "lan", ports = 80)
        @Flow(id = "tls", service = "TLS", component = "node", peerZone = "lan", ports = 443)
        @Flow(id = "alt", service = "Alt", component = "node", peerZone = "lan", ports = 8443)
        public final class Split {
          private Split() {}
        }
        """.formatted(String.join(", ", cidrs));
  }

  private static List<String> cidrs(int count) {
    List<String> cidrs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      cidrs.add("10." + (i / 256) + "." + (i % 256) + ".0/24");
    }
    return cidrs;
  }

  private static String hcl(List<String> cidrs) {
    return "[" + String.join(", ", cidrs.stream().map(c -> "\"" + c + "\"").toList()) + "]";
  }

  private static OracleComparison.Scenario withCidrs(List<String> cidrs) {
    Map<String, List<String>> zones = new TreeMap<>();
    zones.put("lan", cidrs.stream().map(c -> "ipv4:" + Cidr.canonical(c)).toList());
    return new OracleComparison.Scenario(cidrs.size() + " CIDRs", Map.of("lan_ipv4_cidrs", hcl(cidrs)),
        Settings.defaults(), true, zones);
  }

  @Test
  void theDefaultsAreSplitOverTwoGroupsWithinTheQuota() {
    assertEquals(2, defaults.groups().size(), "80 rules need two groups");
    PlanAssertions.withinTheQuota(defaults);
    OracleComparison.assertAgrees(defaults, model, withCidrs(cidrs(DEFAULT_CIDRS)));
  }

  /** The case that failed before: one CIDR more than the defaults in a zone of a split module. */
  @Test
  void oneMoreCidrSpreadsOverTheGroupsTheRulesNeed() {
    List<String> cidrs = cidrs(DEFAULT_CIDRS + 1);
    ModulePlan plan = defaults.replan(terraform, Map.of("lan_ipv4_cidrs", hcl(cidrs)));
    assertEquals(2, plan.groups().size());
    PlanAssertions.withinTheQuota(plan);
    OracleComparison.assertAgrees(plan, model, withCidrs(cidrs));
  }

  @Test
  void aRaisedQuotaHoldsTheRulesInOneGroup() {
    List<String> cidrs = cidrs(DEFAULT_CIDRS + 1);
    Map<String, String> inputs = new TreeMap<>(Map.of("lan_ipv4_cidrs", hcl(cidrs), "max_rules_per_group", "100"));
    ModulePlan plan = defaults.replan(terraform, inputs);
    assertEquals(1, plan.groups().size());
    PlanAssertions.withinTheQuota(plan, 100);
    OracleComparison.assertAgrees(plan, model, withCidrs(cidrs));
  }

  /** 80 CIDRs are 320 rules: six groups of 60, more than an instance may join by default. */
  @Test
  void whatCannotFitFailsThePlanNamingTheVariables() {
    TerraformCli.Result result = defaults.tryPlan(terraform, Map.of("lan_ipv4_cidrs", hcl(cidrs(80))));
    assertNotEquals(0, result.exitCode(), result.output());
    String output = result.output().replace("│", " ").replaceAll("\\s+", " ");
    assertTrue(output.contains("More security groups than var.max_groups_per_component (5) allows: component node"
        + " needs 6 groups for its rules at var.max_rules_per_group = 60"), result.output());
  }
}
