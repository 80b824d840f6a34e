package dev.portcullis.it.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A module planned with the scenarios the oracle comparison needs: the defaults
 * ({@code allow_all_egress} true), {@code allow_all_egress = false} where the definition allows
 * it, and features switched, ports moved, protocols switched, counts raised and zones given
 * addresses (with egress open, and restricted where allowed), and with security-group zones, an
 * existing group and component peers outside the VPC. Where the definition says outgoing
 * traffic must stay allowed, planning with {@code allow_all_egress = false} must fail.
 *
 * @param refusal the output of the plan with {@code allow_all_egress = false}, when it must fail
 */
record OracleRuns(ModulePlan defaults, JsonNode model, List<Run> runs, TerraformCli.Result refusal) {
  /** One scenario and its plan. */
  record Run(OracleComparison.Scenario scenario, ModulePlan plan) {}

  /** Plans every scenario of {@code defaults}' module, one after the other (they share its copy). */
  static OracleRuns of(TerraformCli terraform, ModulePlan defaults, JsonNode model) {
    List<Run> runs = new ArrayList<>();
    runs.add(new Run(OracleComparison.defaults(model), defaults));
    List<OracleComparison.Scenario> scenarios = new ArrayList<>();
    boolean mayRestrict = OracleComparison.mayRestrictEgress(model);
    if (mayRestrict) {
      scenarios.add(OracleComparison.restricted(model));
    }
    scenarios.add(OracleComparison.moved(model, false));
    if (mayRestrict) {
      scenarios.add(OracleComparison.moved(model, true));
    }
    scenarios.add(OracleComparison.references(model, zonesInUse(model), peerComponents(model)));
    for (OracleComparison.Scenario s : scenarios) {
      runs.add(new Run(s, defaults.replan(terraform, s.inputs())));
    }
    TerraformCli.Result refusal = mayRestrict ? null
        : defaults.tryPlan(terraform, Map.of("allow_all_egress", "false"));
    return new OracleRuns(defaults, model, List.copyOf(runs), refusal);
  }

  /** The zones some rule of the plan opens to (the module has variables for these only). */
  static List<String> zonesInUse(JsonNode model) {
    return peers(model, "zone");
  }

  /** The components some rule of the plan names as peer. */
  static List<String> peerComponents(JsonNode model) {
    return peers(model, "component");
  }

  private static List<String> peers(JsonNode model, String kind) {
    java.util.TreeSet<String> ids = new java.util.TreeSet<>();
    for (JsonNode rule : model.path("rules")) {
      if (rule.path("peer").path("kind").asText().equals(kind)) {
        ids.add(rule.path("peer").path("id").asText());
      }
    }
    return List.copyOf(ids);
  }
}
