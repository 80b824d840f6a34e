package dev.portcullis.it.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module's inputs, planned by Terraform: moving a configurable port or protocol, turning a
 * feature on and raising an instance count change exactly the rules concerned; the variables'
 * validation refuses bad CIDRs, the whole internet for a zone that is not public, bad ports,
 * protocols, counts and ids; a smaller rule quota spreads the rules over more groups, and the plan
 * fails before apply when a component would need more groups than allowed or get two identical
 * rules.
 */
class ModuleInputsTest {
  @TempDir static Path work;

  private static TerraformCli terraform;
  private static ModulePlan defaults;

  @BeforeAll
  static void planTheLabModuleWithItsDefaults() {
    terraform = TerraformCli.require();
    Path out = DefinitionCompiler.compile(work, "lab.Lab", LabDefinition.source(LabDefinition.FLOWS, LabDefinition.CONSTANTS));
    defaults = ModulePlan.plan(terraform, "lab", out.resolve("terraform/aws/lab"));
  }

  @AfterAll
  static void delete() {
    if (defaults != null) {
      defaults.delete();
    }
  }

  @Test
  void variablesMoveOnlyTheRulesTheyGovern() {
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("backup_port", "4000");
    inputs.put("vpn_protocol", "\"tcp\"");
    inputs.put("enable_ssl", "true");
    inputs.put("ha_instances", "4");
    ModulePlan moved = defaults.replan(terraform, inputs);
    Set<String> rules = new TreeSet<>(moved.rules().stream().map(PlannedRule::toString).toList());

    assertContains(rules, "server ingress tcp 4000..4000 component:client", "client egress tcp 4000..4000 component:server",
        "server ingress udp 4000..4000 component:client", "server ingress tcp 1194..1194 ipv4:0.0.0.0/0",
        "server ingress tcp 32007..32007 component:client", "client egress tcp 32007..32007 component:server",
        "server ingress tcp 4746..4749 component:server");
    assertTrue(rules.stream().noneMatch(r -> r.contains("32004") || r.contains("udp 1194") || r.contains("4746..4747")),
        "rules of the old values remain: " + rules);

    // every rule of a flow no variable touched keeps its address
    Set<String> untouched = new TreeSet<>();
    for (String address : defaults.ruleAddresses()) {
      String flow = defaults.resources().get(address).path("values").path("tags").path("portcullis:flow").asText();
      if (!List.of("backup", "vpn", "ha").contains(flow)) {
        untouched.add(address);
      }
    }
    Set<String> lost = new TreeSet<>(untouched);
    lost.removeAll(moved.ruleAddresses());
    assertTrue(lost.isEmpty(), "addresses changed by unrelated variables: " + lost);
  }

  @Test
  void theVariablesRefuseBadInput() {
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("vpc_id", "\"sg-0123\"");
    inputs.put("admins_ipv4_cidrs", "[\"10.0.0.1/8\", \"0.0.0.0/0\"]");
    inputs.put("admins_ipv6_cidrs", "[\"::/0\"]");
    inputs.put("mail_prefix_list_ids", "[\"list-1\"]");
    inputs.put("backup_port", "70000");
    inputs.put("vpn_protocol", "\"icmp\"");
    inputs.put("ha_instances", "9");
    inputs.put("admins_security_group_ids", "{ lb = \"vpc-1\" }");
    inputs.put("existing_security_group_ids", "{ server = \"group-1\", nobody = \"sg-01\" }");
    inputs.put("client_external_ipv4_cidrs", "[\"0.0.0.0/0\"]");
    inputs.put("server_external_ipv6_cidrs", "[\"2001:db8::1/64\"]");
    inputs.put("max_groups_per_component", "17");
    TerraformCli.Result result = defaults.tryPlan(terraform, inputs);
    assertNotEquals(0, result.exitCode(), result.output());
    String output = flatten(result.output());
    for (String message : List.of(
        "vpc_id must be a VPC id",
        "admins_ipv4_cidrs must hold IPv4 networks in CIDR notation with no host bits set",
        "Zone admins is not public: it may not be opened to the whole internet (0.0.0.0/0)",
        "Zone admins is not public: it may not be opened to the whole internet (::/0)",
        "mail_prefix_list_ids must hold prefix list ids",
        "backup_port must be a port, a whole number from 1 to 65535",
        "vpn_protocol must be one of tcp, udp",
        "ha_instances must be a count, a whole number from 1 to 8",
        "admins_security_group_ids must map names (letters, digits, dots, dashes, underscores) to security group ids",
        "existing_security_group_ids may only name components of the module: client, server",
        "existing_security_group_ids must map components to security group ids",
        "client_external_ipv4_cidrs may not hold the whole internet (0.0.0.0/0)",
        "server_external_ipv6_cidrs must hold IPv6 networks in canonical CIDR notation with no host bits set",
        "max_groups_per_component must be a whole number from 1 to 16")) {
      assertTrue(output.contains(message), "terraform did not say '" + message + "':\n" + result.output());
    }
  }

  /**
   * Issue 16 item 2: a port variable moved onto the port of another flow to the same peer (a
   * feature-gated flow, feature on) would plan two identical permissions, which AWS refuses
   * half-way through an apply; the plan fails first, naming both rules.
   */
  @Test
  void aPortMovedOntoAnotherRulesPortFailsThePlanNamingBoth() {
    TerraformCli.Result result = defaults.tryPlan(terraform, Map.of("backup_port", "32007", "enable_ssl", "true"));
    assertNotEquals(0, result.exitCode(), result.output());
    String output = flatten(result.output());
    assertTrue(output.contains("Security group server would get identical rules, which AWS refuses:")
        && output.contains("backup_tcp_32007_from_client and ssl_tcp_32007_from_client"), result.output());
    assertTrue(output.contains("Security group client would get identical rules, which AWS refuses:")
        && output.contains("backup_tcp_32007_to_server and ssl_tcp_32007_to_server"), result.output());
  }

  /** A small quota spreads the rules over more groups at plan time; each stays within it. */
  @Test
  void aSmallerQuotaSpreadsTheRulesOverMoreGroups() throws Exception {
    ModulePlan split = defaults.replan(terraform, Map.of("max_rules_per_group", "3", "max_groups_per_component", "16"));
    assertTrue(split.groups().size() > 2, "a quota of 3 needs more groups: " + split.groups().size());
    PlanAssertions.withinTheQuota(split, 3);
    assertEquals(new TreeSet<>(defaults.rules().stream().map(PlannedRule::toString).toList()),
        new TreeSet<>(split.rules().stream().map(PlannedRule::toString).toList()), "the split changed what is allowed");
  }

  @Test
  void moreGroupsThanAllowedFailThePlanNamingTheVariables() {
    TerraformCli.Result result = defaults.tryPlan(terraform, Map.of("max_rules_per_group", "3",
        "max_groups_per_component", "1"));
    assertNotEquals(0, result.exitCode(), result.output());
    String output = flatten(result.output());
    assertTrue(output.contains("More security groups than var.max_groups_per_component (1) allows:")
        && output.contains("component server needs") && output.contains("var.max_rules_per_group = 3"),
        result.output());
  }

  /**
   * The AWS idiom: groups created in the same apply (ids unknown at plan time) as a zone's group and
   * as a component's existing group; the resource keys stay known, so the plan succeeds.
   */
  @Test
  void groupsCreatedInTheSameApplyCanBeGiven() throws Exception {
    Path extra = defaults.workDir().resolve("lab/examples/basic/portcullis_extra_groups.tf");
    java.nio.file.Files.writeString(extra, """
        resource "aws_security_group" "lb" {
          name   = "lb"
          vpc_id = "vpc-0123456789abcdef0"
        }

        resource "aws_security_group" "nodes" {
          name   = "nodes"
          vpc_id = "vpc-0123456789abcdef0"
        }
        """);
    try {
      ModulePlan plan = defaults.replan(terraform, Map.of(
          "admins_security_group_ids", "{ lb = aws_security_group.lb.id }",
          "existing_security_group_ids", "{ client = aws_security_group.nodes.id }"));
      List<String> addresses = plan.ruleAddresses();
      assertTrue(addresses.contains("module.lab.module.rules[\"server\"].aws_vpc_security_group_ingress_rule.this[\"ssh_tcp_22_from_admins_lb\"]"),
          addresses.toString());
      assertTrue(plan.groups().stream().noneMatch(g -> g.path("index").asText().equals("client")),
          "a group was created for client although it has an existing group");
      assertTrue(addresses.stream().anyMatch(a -> a.contains("module.rules[\"client\"]")), addresses.toString());
    } finally {
      java.nio.file.Files.delete(extra);
    }
  }

  private static String flatten(String output) {
    return output.replace("│", " ").replaceAll("\\s+", " ");
  }

  private static void assertContains(Set<String> rules, String... expected) {
    for (String rule : expected) {
      assertTrue(rules.contains(rule), "no planned rule '" + rule + "' in " + rules);
    }
  }
}
