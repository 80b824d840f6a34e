package dev.portcullis.it.terraform;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A generated module, checked by {@code terraform fmt}, and its {@code examples/basic}, initialised, validated and planned with a mock
 * AWS provider (dummy keys, no account or region lookups) in a private copy, so nothing is
 * written next to the generated files and runs do not share state.
 *
 * @param resources every planned resource of the module, by address
 */
public record ModulePlan(String product, Path workDir, Map<String, JsonNode> resources) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern GROUP = Pattern.compile("(.+?)(?:_part\\d+)?");
  /** A rule's group is the key of its rules module: {@code module.rules["<group>"]}. */
  private static final Pattern RULES_MODULE = Pattern.compile("module\\.rules\\[\"([^\"]+)\"\\]");

  /** The provider configuration merged over the example's, for an offline plan. */
  public static final String MOCK_PROVIDER = """
      provider "aws" {
        region                      = "eu-west-1"
        access_key                  = "mock_access_key"
        secret_key                  = "mock_secret_key"
        skip_credentials_validation = true
        skip_requesting_account_id  = true
        skip_metadata_api_check     = true
        skip_region_validation      = true
      }
      """;

  /** Copies {@code moduleDir} to a temporary directory and plans its basic example. */
  public static ModulePlan plan(TerraformCli terraform, String product, Path moduleDir) {
    try {
      Path work = Files.createTempDirectory("portcullis-tf-" + product + "-");
      Path module = work.resolve(product);
      copy(moduleDir, module);
      Path example = module.resolve("examples/basic");
      Files.writeString(example.resolve("portcullis_mock_provider_override.tf"), MOCK_PROVIDER, StandardCharsets.UTF_8);
      terraform.run(module, "fmt", "-check", "-recursive", "-diff", "-no-color");
      terraform.init(example);
      terraform.run(example, "validate", "-no-color");
      terraform.run(example, "plan", "-input=false", "-no-color", "-lock=false", "-out=plan.tfplan");
      String json = terraform.run(example, "show", "-json", "-no-color", "plan.tfplan");
      return new ModulePlan(product, work, resources(JSON.readTree(json)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, JsonNode> resources(JsonNode plan) {
    Map<String, JsonNode> resources = new TreeMap<>();
    for (JsonNode module : plan.path("planned_values").path("root_module").path("child_modules")) {
      collect(module, resources);
    }
    if (resources.isEmpty()) {
      fail("the plan has no resources in the module:\n" + plan.toPrettyString());
    }
    return resources;
  }

  /** The resources of a module and of the modules it calls (the rules of each group). */
  private static void collect(JsonNode module, Map<String, JsonNode> into) {
    for (JsonNode resource : module.path("resources")) {
      into.put(resource.path("address").asText(), resource);
    }
    for (JsonNode child : module.path("child_modules")) {
      collect(child, into);
    }
  }

  /** The group a rule is on ({@code server}, {@code server_part2}), from its rules module's key. */
  static String groupOf(JsonNode rule) {
    Matcher m = RULES_MODULE.matcher(rule.path("address").asText());
    assertTrue(m.find(), "a rule outside the rules modules: " + rule.path("address").asText());
    return m.group(1);
  }

  /** The component whose groups hold a rule. */
  static String componentOf(JsonNode rule) {
    Matcher group = GROUP.matcher(groupOf(rule));
    assertTrue(group.matches());
    return group.group(1);
  }

  /**
   * Plans again with module inputs set ({@code name -> HCL value}) through an override of the
   * example's module block; the plan must succeed.
   */
  ModulePlan replan(TerraformCli terraform, Map<String, String> inputs) {
    Path example = writeInputs(inputs);
    terraform.run(example, "plan", "-input=false", "-no-color", "-lock=false", "-out=inputs.tfplan");
    String json = terraform.run(example, "show", "-json", "-no-color", "inputs.tfplan");
    try {
      return new ModulePlan(product, workDir, resources(JSON.readTree(json)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Plans with module inputs set, whatever the outcome. */
  TerraformCli.Result tryPlan(TerraformCli terraform, Map<String, String> inputs) {
    return terraform.tryRun(writeInputs(inputs), "plan", "-input=false", "-no-color", "-lock=false");
  }

  private Path writeInputs(Map<String, String> inputs) {
    Path example = workDir.resolve(product).resolve("examples/basic");
    StringBuilder hcl = new StringBuilder("module \"" + product + "\" {\n");
    inputs.forEach((name, value) -> hcl.append("  ").append(name).append(" = ").append(value).append('\n'));
    hcl.append("}\n");
    try {
      Files.writeString(example.resolve("portcullis_inputs_override.tf"), hcl, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return example;
  }

  /** Addresses of the planned rules (ingress and egress), sorted. */
  List<String> ruleAddresses() {
    return resources.keySet().stream().filter(a -> a.contains("security_group_ingress_rule")
        || a.contains("security_group_egress_rule")).toList();
  }

  /** Every planned security group resource. */
  List<JsonNode> groups() {
    return resources.values().stream().filter(r -> r.path("type").asText().equals("aws_security_group")).toList();
  }

  /** Every planned rule resource. */
  List<JsonNode> ruleResources() {
    return ruleAddresses().stream().map(resources::get).toList();
  }

  /** What each planned rule allows, sorted. */
  List<PlannedRule> rules() {
    List<PlannedRule> rules = new ArrayList<>();
    for (JsonNode r : ruleResources()) {
      String type = r.path("type").asText();
      String direction = type.contains("ingress") ? "ingress" : "egress";
      JsonNode v = r.path("values");
      String peer;
      if (!v.path("cidr_ipv4").isNull() && v.has("cidr_ipv4")) {
        peer = "ipv4:" + Cidr.canonical(v.path("cidr_ipv4").asText());
      } else if (!v.path("cidr_ipv6").isNull() && v.has("cidr_ipv6")) {
        peer = "ipv6:" + Cidr.canonical(v.path("cidr_ipv6").asText());
      } else if (!v.path("prefix_list_id").isNull() && v.has("prefix_list_id")) {
        peer = "prefix-list:" + v.path("prefix_list_id").asText();
      } else if (v.path("tags").path("portcullis:peer").asText().startsWith("zone:")) {
        // a zone's security group id, as the user gave it
        peer = "sg:" + v.path("referenced_security_group_id").asText();
        assertTrue(v.hasNonNull("referenced_security_group_id"), r.path("address").asText() + " has no peer: " + v);
      } else {
        // a created group's id is only known after apply: the rule's peer tag names the component
        peer = v.path("tags").path("portcullis:peer").asText();
        assertTrue(peer.startsWith("component:"), r.path("address").asText() + " has no peer: " + v);
      }
      String ports = v.path("from_port").isNull() || !v.has("from_port")
          ? "-" : v.path("from_port").asInt() + ".." + v.path("to_port").asInt();
      rules.add(new PlannedRule(componentOf(r), direction, v.path("ip_protocol").asText(), ports, peer));
    }
    rules.sort(Comparator.comparing(PlannedRule::toString));
    return rules;
  }

  /** Deletes the private copy. */
  public void delete() {
    try (Stream<Path> paths = Files.walk(workDir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover temporary directory is harmless
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
