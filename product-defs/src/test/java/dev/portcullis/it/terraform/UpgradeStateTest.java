package dev.portcullis.it.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user upgrading from a module generated before the rules became data (one
 * {@code aws_security_group.<group>} and one {@code aws_vpc_security_group_*_rule.<group>} per
 * group, keyed as today) loses nothing: a state holding the lab's resources at those old
 * addresses, with the values the module plans, is planned (without refresh: the provider is a
 * mock) as moves only, through {@code moved.tf}, with nothing added, changed or destroyed.
 */
class UpgradeStateTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern GROUP = Pattern.compile("^(module\\.lab)\\.aws_security_group\\.this\\[\"([^\"]+)\"\\]$");
  private static final Pattern RULE = Pattern.compile(
      "^(module\\.lab)\\.module\\.rules\\[\"([^\"]+)\"\\]\\.(aws_vpc_security_group_(?:in|e)gress_rule)\\.this\\[.*$");

  @TempDir static Path work;

  @Test
  void aStateAtTheOldAddressesOnlyMoves() throws Exception {
    TerraformCli terraform = TerraformCli.require();
    Path out = DefinitionCompiler.compile(work, "lab.Lab", LabDefinition.source(LabDefinition.FLOWS, LabDefinition.CONSTANTS));
    ModulePlan plan = ModulePlan.plan(terraform, "lab", out.resolve("terraform/aws/lab"));
    try {
      Path example = plan.workDir().resolve("lab/examples/basic");
      Files.writeString(example.resolve("terraform.tfstate"), oldState(plan), StandardCharsets.UTF_8);
      String output = terraform.run(example, "plan", "-refresh=false", "-input=false", "-no-color", "-lock=false");
      assertTrue(output.contains("Plan: 0 to add, 0 to change, 0 to destroy.")
          || output.contains("No changes."), output);
      long moves = output.lines().filter(l -> l.contains(" has moved to ")).count();
      assertEquals(plan.resources().size(), moves, output);
    } finally {
      plan.delete();
    }
  }

  /** The planned resources at the old addresses, with made-up ids (each group's own). */
  private static String oldState(ModulePlan plan) throws Exception {
    Map<String, ObjectNode> resources = new LinkedHashMap<>();
    for (JsonNode r : plan.resources().values()) {
      String address = r.path("address").asText();
      ObjectNode attributes = ((ObjectNode) r.path("values")).deepCopy();
      String type;
      String group;
      Matcher g = GROUP.matcher(address);
      Matcher rule = RULE.matcher(address);
      if (g.matches()) {
        type = "aws_security_group";
        group = g.group(2);
        attributes.put("id", groupId(group));
        attributes.put("name", attributes.path("name_prefix").asText() + "x");
        attributes.put("arn", "arn:aws:ec2:eu-west-1:123456789012:security-group/" + groupId(group));
        attributes.put("owner_id", "123456789012");
        attributes.putArray("ingress");
        attributes.putArray("egress");
      } else if (rule.matches()) {
        type = rule.group(3);
        group = rule.group(2);
        String id = "sgr-" + Integer.toHexString(address.hashCode());
        attributes.put("id", id);
        attributes.put("security_group_rule_id", id);
        attributes.put("arn", "arn:aws:ec2:eu-west-1:123456789012:security-group-rule/" + id);
        attributes.put("security_group_id", groupId(group));
        String peer = attributes.path("tags").path("portcullis:peer").asText();
        if (peer.startsWith("component:")) {
          attributes.put("referenced_security_group_id", groupId(peer.substring("component:".length())));
        }
      } else {
        throw new AssertionError("an address the old module did not have: " + address);
      }
      attributes.set("tags_all", attributes.path("tags").deepCopy());
      ObjectNode resource = resources.computeIfAbsent(type + "." + group, k -> {
        ObjectNode n = JSON.createObjectNode();
        n.put("module", "module.lab");
        n.put("mode", "managed");
        n.put("type", type);
        n.put("name", group);
        n.put("provider", "provider[\"registry.terraform.io/hashicorp/aws\"]");
        if (!type.equals("aws_security_group")) {
          n.put("each", "map");
        }
        n.putArray("instances");
        return n;
      });
      ObjectNode instance = ((ArrayNode) resource.path("instances")).addObject();
      if (r.has("index") && !type.equals("aws_security_group")) {
        instance.set("index_key", r.path("index"));
      }
      instance.put("schema_version", r.path("schema_version").asInt());
      instance.set("attributes", attributes);
    }
    ObjectNode state = JSON.createObjectNode();
    state.put("version", 4);
    state.put("terraform_version", "1.11.4");
    state.put("serial", 1);
    state.put("lineage", "00000000-0000-0000-0000-000000000001");
    state.putObject("outputs");
    ArrayNode list = state.putArray("resources");
    resources.values().forEach(list::add);
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(state);
  }

  private static String groupId(String group) {
    return "sg-0" + String.format("%016x", group.hashCode() & 0xffffffffL);
  }
}
