package dev.portcullis.it.hostile;

import dev.portcullis.it.TempDirs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.it.Tools;
import dev.portcullis.it.ansible.Command;
import dev.portcullis.it.kubernetes.ApiServerRules;
import dev.portcullis.it.kubernetes.Manifests;
import dev.portcullis.it.kubernetes.PolicySchema;
import dev.portcullis.it.terraform.DefinitionCompiler;
import dev.portcullis.it.terraform.ModulePlan;
import dev.portcullis.it.terraform.TerraformCli;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A few hand-written hostile definitions (test resources {@code hostile/*.java.txt}: every free
 * text full of quotes, backslashes, template openers, YAML indicators, line breaks, spaces at the
 * ends, non-ASCII and a 2,000-character purpose, over varied port structures), compiled with the
 * processor and run through the tools the users run: ansible-lint (production profile, warnings
 * fail), {@code yamllint -s} and {@code ansible-playbook --syntax-check} on the roles; terraform
 * fmt, init, validate and a mock plan on the modules (whose planned descriptions must be what AWS
 * accepts); the NetworkPolicy schema, the API server's rules and {@code kubectl kustomize} on the
 * manifests. The property tests of the processor read the same kind of output with parsers; this
 * is their sample through the real consumers.
 */
class HostileRealToolsTest {
  /** The definitions, by class name; each is in package {@code hostile}. */
  static final List<String> DEFINITIONS =
      List.of("HostileQuotes", "HostileTemplates", "HostileIndicators", "HostileLong");
  /** What AWS accepts in a security group's or a rule's description. */
  private static final Pattern AWS_DESCRIPTION = Pattern.compile("[a-zA-Z0-9. _\\-:/()#,@\\[\\]+=&;{}!$*]{0,255}");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Product id to its {@code META-INF/portcullis} directory. */
  private static final Map<String, Path> OUTPUTS = new TreeMap<>();
  private static Path work;
  private static Path collection;
  private static final String COLLECTION = "ansible/ansible_collections/portcullis/firewall";

  @BeforeAll
  static void compileTheDefinitions() throws IOException {
    Path root = Path.of("target", "hostile-real-tools").toAbsolutePath();
    TempDirs.deleteTree(root);
    for (String name : DEFINITIONS) {
      Path output = DefinitionCompiler.compile(root.resolve(name), "hostile." + name, resource("hostile/" + name + ".java.txt"),
          "model,ansible,terraform,kubernetes,docs");
      try (Stream<Path> models = Files.list(output.resolve("model"))) {
        for (Path model : models.toList()) {
          OUTPUTS.put(model.getFileName().toString().replace(".json", ""), output);
        }
      }
    }
    assertEquals(DEFINITIONS.size(), OUTPUTS.size(), OUTPUTS::toString);
    // outside the repository: in a git work tree ansible-lint only sees files git tracks
    work = Files.createTempDirectory("pc-hostile-tools");
    // one collection: the first definition's, with the roles of the others added
    collection = work.resolve(COLLECTION.substring("ansible/".length()));
    for (Map.Entry<String, Path> product : OUTPUTS.entrySet()) {
      if (!Files.isDirectory(collection)) {
        copyTree(product.getValue().resolve(COLLECTION), collection);
      } else {
        copyTree(product.getValue().resolve(COLLECTION + "/roles/" + product.getKey()),
            collection.resolve("roles/" + product.getKey()));
      }
    }
    Files.writeString(work.resolve("production.yml"), resource("ansible/ansible-lint-production.yml"), StandardCharsets.UTF_8);
  }

  @AfterAll
  static void deleteTheCopies() throws IOException {
    TempDirs.deleteTree(work);
  }

  // ---------------------------------------------------------------- Ansible

  @Test
  void ansibleLintProductionProfileFindsNothing() {
    Tools.require("ansible-lint", "lints the roles of the hostile definitions");
    // the example playbooks name the roles by their FQCN: the copy is the collections path
    Command lint = Command.run(collection, Map.of("NO_COLOR", "1", "ANSIBLE_COLLECTIONS_PATH", work.toString()), 600,
        List.of("ansible-lint", "--offline", "--nocolor", "-c", work.resolve("production.yml").toString(),
            "--profile", "production"));
    // passed, and on every file: ansible-lint passes vacuously when it finds no file at all
    Matcher summary = Pattern.compile("Passed with \\S+ profile: 0 failure\\(s\\), 0 warning\\(s\\) on (\\d+) files")
        .matcher(lint.output());
    assertTrue(lint.ok() && summary.find(), lint::describe);
    int expected = 14 * OUTPUTS.size();
    assertTrue(Integer.parseInt(summary.group(1)) >= expected,
        () -> "linted fewer files than the " + expected + " of the roles:\n" + lint.describe());
  }

  @Test
  void yamllintStrictFindsNothing() {
    Tools.require("yamllint", "checks the YAML of the hostile roles");
    Command yamllint = Command.run(collection, 300, "yamllint", "-s", "-f", "parsable", "roles");
    assertEquals("", yamllint.output().strip(), yamllint::describe);
    assertTrue(yamllint.ok(), yamllint::describe);
  }

  @Test
  void everyExamplePlaybookPassesTheSyntaxCheck() {
    Tools.require("ansible-playbook", "checks the example playbooks of the hostile roles");
    for (String product : OUTPUTS.keySet()) {
      Command check = Command.run(collection, Map.of("ANSIBLE_COLLECTIONS_PATH", work.toString(),
          "ANSIBLE_NOCOLOR", "1"), 300, List.of("ansible-playbook", "-i", "localhost,", "--syntax-check",
              "roles/" + product + "/examples/playbook.yml"));
      assertTrue(check.ok(), check::describe);
    }
  }

  // ---------------------------------------------------------------- Terraform

  /** fmt -check, init from the mirror, validate and a mock plan; every planned description is AWS-valid. */
  @Test
  void everyModuleFormatsValidatesAndPlansWithAwsValidDescriptions() {
    TerraformCli terraform = TerraformCli.require();
    List<String> problems = new ArrayList<>();
    Map<String, List<String>> descriptions = new TreeMap<>();
    for (Map.Entry<String, Path> product : OUTPUTS.entrySet()) {
      ModulePlan plan = ModulePlan.plan(terraform, product.getKey(),
          product.getValue().resolve("terraform/aws/" + product.getKey()));
      try {
        assertTrue(plan.resources().size() > 1, () -> product.getKey() + " planned " + plan.resources().keySet());
        plan.resources().forEach((address, resource) -> {
          JsonNode description = resource.path("values").path("description");
          if (!description.isMissingNode() && !description.isNull()) {
            descriptions.computeIfAbsent(product.getKey(), k -> new ArrayList<>()).add(description.asText());
            if (!AWS_DESCRIPTION.matcher(description.asText()).matches()) {
              problems.add(address + ": AWS refuses the description " + description);
            }
          }
        });
      } finally {
        plan.delete();
      }
    }
    assertEquals(List.of(), problems);
    // Terraform itself read the escaped template openers back as the literal text
    assertTrue(descriptions.get("hostile_templates").stream()
        .anyMatch(d -> d.startsWith("API ${api}: {{ api_purpose }} ${var.api} ")), descriptions::toString);
    assertTrue(descriptions.get("hostile_long").stream()
        .anyMatch(d -> d.startsWith("Bulk transfer: Its a long purpose: ${x} { y } {{ z }} { w } # cafe")),
        descriptions::toString);
  }

  // ---------------------------------------------------------------- Kubernetes

  @Test
  void everyNetworkPolicyPassesTheSchemaAndTheApiServerRules() throws IOException {
    PolicySchema schema = new PolicySchema();
    List<String> problems = new ArrayList<>();
    int policies = 0;
    for (Map.Entry<String, Path> product : OUTPUTS.entrySet()) {
      Path dir = product.getValue().resolve("kubernetes/" + product.getKey());
      for (Path file : Manifests.policyFiles(dir)) {
        String where = product.getKey() + "/" + dir.relativize(file);
        JsonNode policy = Manifests.read(file);
        schema.validate(policy).forEach(m -> problems.add(where + ": schema: " + m));
        ApiServerRules.validate(policy).forEach(m -> problems.add(where + ": API server: " + m));
        policies++;
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(policies >= 2 * OUTPUTS.size(), "only " + policies + " policies");
  }

  @Test
  void kubectlKustomizeBuildsEveryBase() {
    Tools.require("kubectl", "kubectl kustomize builds the hostile kustomizations");
    for (Map.Entry<String, Path> product : OUTPUTS.entrySet()) {
      Path dir = product.getValue().resolve("kubernetes/" + product.getKey());
      Command build = Command.run(null, 120, "kubectl", "kustomize", dir.toString());
      assertTrue(build.ok(), build::describe);
      assertEquals(Manifests.policyFiles(dir).stream().filter(p -> p.getParent().equals(dir)).count(),
          Manifests.parseAll(build.output()).size(), build::describe);
    }
  }

  // ---------------------------------------------------------------- texts that come back literally

  /** The model JSON carries every text as javac read it. */
  @Test
  void theModelCarriesTheTextsLiterally() {
    assertEquals("It's \"Quoted\" \\ 'Product' \\\\ ", model("hostile_quotes").path("title").asText());
    assertEquals(": Café 中文 😀 #", model("hostile_indicators").path("title").asText());
    assertEquals("Web UI: it's \"the\" console \\ with \\\\ paths", flow("hostile_quotes", "web").path("purpose").asText());
    assertEquals("{{ api_purpose }} ${var.api} %{ if a }b%{ endif }",
        flow("hostile_templates", "api").path("purpose").asText());
    assertEquals("|\n  a block scalar\n  on purpose\n", flow("hostile_indicators", "signalling").path("purpose").asText());
    assertEquals("\t!tag &anchor *alias %directive @at `tick`\t",
        flow("hostile_indicators", "relay").path("purpose").asText());
    assertEquals("   leading and trailing spaces   ", flow("hostile_indicators", "cluster").path("purpose").asText());
    assertEquals(longPurpose(), flow("hostile_long", "bulk").path("purpose").asText());
    assertEquals(longPurpose(), flow("hostile_long", "api").path("purpose").asText());
  }

  /** The role's internal flow list (vars/main.yml, read as Ansible reads YAML) names each service literally. */
  @Test
  void theRoleCarriesEveryFlowOfTheModel() throws IOException {
    for (String product : OUTPUTS.keySet()) {
      Set<String> expected = new TreeSet<>();
      for (JsonNode flow : model(product).path("flows")) {
        expected.add(flow.path("id").asText());
      }
      Path vars = OUTPUTS.get(product).resolve(COLLECTION + "/roles/" + product + "/vars/main.yml");
      Map<?, ?> document = (Map<?, ?>) AnsibleYaml.load(Files.readString(vars, StandardCharsets.UTF_8));
      Set<String> actual = new TreeSet<>();
      for (Object entry : (List<?>) document.get(product + "_firewall__rules")) {
        for (Object flow : (List<?>) ((Map<?, ?>) entry).get("flows")) {
          actual.add(String.valueOf(flow));
        }
      }
      assertEquals(expected, actual, product);
    }
    assertEquals("Bulk \"transfer\"", flow("hostile_long", "bulk").path("service").asText());
  }

  /** Hostile definition 4's purpose, built as its source builds it. */
  private static String longPurpose() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      out.append("It's a \"long\" purpose: ${x} %{ y } {{ z }} {% w %} # \\ café 中文 😀 - ? | > ! & * % @ ` ")
          .append(i).append(". \n");
    }
    return out.toString();
  }

  private static JsonNode model(String product) {
    try {
      return JSON.readTree(OUTPUTS.get(product).resolve("model/" + product + ".json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode flow(String product, String id) {
    for (JsonNode flow : model(product).path("flows")) {
      if (flow.path("id").asText().equals(id)) {
        return flow;
      }
    }
    throw new AssertionError("no flow " + id + " in the model of " + product);
  }

  private static String resource(String name) {
    try (InputStream in = HostileRealToolsTest.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
