package dev.portcullis.it.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** What every planned module must satisfy, whatever definition it came from. */
final class PlanAssertions {
  /** AWS's default rules per group, direction and address family. */
  static final int QUOTA = 60;
  private static final Pattern AWS_DESCRIPTION = Pattern.compile("[a-zA-Z0-9 ._\\-:/()#,@\\[\\]+=&;{}!$*]{1,255}");

  private PlanAssertions() {}

  /**
   * The planned rules (module defaults) allow exactly what the shared oracle says the model's
   * flows call for, both ways ({@link OracleComparison}).
   */
  static void rulesEqualTheDefinition(ModulePlan plan, JsonNode model) {
    OracleComparison.assertAgrees(plan, model, OracleComparison.defaults(model));
  }

  /** No group gets more than the quota per direction and family (group and prefix-list references count in both). */
  static void withinTheQuota(ModulePlan plan) {
    withinTheQuota(plan, QUOTA);
  }

  /** No group gets more than {@code quota} rules per direction and family. */
  static void withinTheQuota(ModulePlan plan, int quota) {
    Map<String, Integer> counts = new TreeMap<>();
    for (JsonNode rule : plan.ruleResources()) {
      JsonNode v = rule.path("values");
      String where = ModulePlan.groupOf(rule) + " " + (rule.path("type").asText().contains("ingress") ? "ingress" : "egress");
      if (!v.hasNonNull("cidr_ipv6")) {
        counts.merge(where + " IPv4", 1, Integer::sum);
      }
      if (!v.hasNonNull("cidr_ipv4")) {
        counts.merge(where + " IPv6", 1, Integer::sum);
      }
    }
    counts.forEach((where, n) -> assertTrue(n <= quota, plan.product() + " group " + where + " has " + n + " rules"));
  }

  /** Every group and rule description is 1-255 characters of AWS's allowed set. */
  static void descriptionsPassAwsRule(ModulePlan plan) {
    List<JsonNode> all = new ArrayList<>(plan.groups());
    all.addAll(plan.ruleResources());
    for (JsonNode resource : all) {
      String description = resource.path("values").path("description").asText();
      assertTrue(AWS_DESCRIPTION.matcher(description).matches(),
          resource.path("address").asText() + " has a description AWS refuses: '" + description + "'");
    }
  }

  /** Each rule's Name tag is its for_each key. */
  static void rulesAreNamedByTheirKeys(ModulePlan plan) {
    for (JsonNode rule : plan.ruleResources()) {
      String key = rule.path("index").asText();
      assertEquals(key.length() > 256 ? key.substring(0, 256) : key,
          rule.path("values").path("tags").path("Name").asText(), rule.path("address").asText());
    }
  }
}
