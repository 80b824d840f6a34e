package dev.portcullis.it.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.portcullis.it.GeneratedOutput;
import dev.portcullis.it.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's shell commands of the first steps and of Ansible and Kubernetes, run in a copy of
 * the repository's layout whose generated-examples/ is this build's output.
 */
class ReadmeSnippetCommandsTest {
  /** Why the README's install is not run again: this build is that install, without the ~/.m2 write. */
  private static final String BUILT = "the Maven build running this test compiled the seed products; CI runs"
      + " this install in .ci/test";

  @TempDir static Path home;
  private static Path checkout;

  @BeforeAll
  static void checkout() throws Exception {
    checkout = Files.createDirectories(home.resolve("portcullis"));
    Checkout.generatedExamples(checkout);
    Files.writeString(checkout.resolve("inventory"), Readme.snippet("inventory"));
  }

  /** The build of "The two commands" is the install CI runs, with the tests on (this test among them). */
  @Test
  @RunsReadmeSnippet("build")
  void theBuildCommandIsTheInstallCiRuns() throws Exception {
    List<String> readme = words(Readme.snippet("build"));
    String ci = mavenLine(Checkout.repository().resolve(".ci/test"));
    List<String> expected = new ArrayList<>(readme);
    expected.remove("-DskipTests");
    assertTrue(words(ci).containsAll(expected), ".ci/test runs `" + ci + "`, not the README's `"
        + String.join(" ", readme) + "` (with the tests on)");
    assertEquals(List.of("./mvnw", "-B", "install", "-DskipTests"), readme,
        "the README's build changed: check that CI still runs it (.ci/test), then update this test");
  }

  @Test
  @RunsReadmeSnippet("test-all")
  void ciRunsTheTestCommand() throws Exception {
    String command = Readme.snippet("test-all").strip();
    assertTrue(Files.readString(Checkout.repository().resolve(".ci/run")).lines().anyMatch(l -> l.startsWith(command)),
        ".ci/run (CI's entry point) does not run the README's `" + command + "`");
  }

  @Test
  @RunsReadmeSnippet("fresh-clone")
  void aFreshCloneListsEveryRoleAndShowsTheDocsPage() {
    ShellSnippet snippet = ShellSnippet.of("fresh-clone")
        .replace("git clone <this repository> portcullis && cd portcullis", "cd portcullis",
            "the clone is the checkout this test runs in")
        .replace(Readme.snippet("build").strip(), "true   # " + BUILT, BUILT);
    if (Tools.find("less") == null) {
      snippet.replace("less ", "cat ", "no pager installed; less prints the file when its output is no terminal");
    }
    String output = snippet.run(home);
    for (String product : GeneratedOutput.SEED_PRODUCTS) {
      assertTrue(output.lines().anyMatch(product::equals), "ls lists the role of " + product + ":\n" + output);
    }
    assertTrue(output.contains("StorageOS"), "the docs page of StorageOS is shown:\n" + output);
  }

  /**
   * The inventory and the example playbook's check and apply, as written, listing what each run
   * would do instead of doing it: node1/node2.example.com do not exist (AnsibleApplyTest applies
   * the roles to test hosts). Listing parses the playbook, finds the role in the collection on the collections path the
   * README exports and loads its tasks, and resolves the inventory's hosts.
   */
  @Test
  @RunsReadmeSnippet({"inventory", "apply-example-playbook"})
  void theExamplePlaybookLoadsTheRoleAndTargetsTheInventorysHosts() {
    Tools.require("ansible-playbook", "the README's ansible-playbook commands");
    String listed = ShellSnippet.of("apply-example-playbook")
        .replace("ansible-playbook ", "ansible-playbook --list-hosts --list-tasks ",
            "no such hosts here: each run lists its hosts and the role's tasks")
        .run(checkout);
    for (String expected : List.of("node1.example.com", "node2.example.com", "    tasks:\n      portcullis.firewall.storageos : ")) {
      assertEquals(2, listed.split(expected, -1).length - 1, "both runs (check, apply) list " + expected + ":\n" + listed);
    }
  }

  /**
   * The Ansible section's command for one product other than StorageOS (whose playbook the
   * command above runs); AnsibleLintTest syntax-checks every seed product's example playbook.
   */
  @Test
  @RunsReadmeSnippet("ansible-playbook-product")
  void theAnsibleSectionsCommandParses() {
    Tools.require("ansible-playbook", "the README's ansible-playbook command");
    String product = "utmstack";
    String output = ShellSnippet.of("ansible-playbook-product")
        .replace("<product>", product, "a seed product")
        .replace("ansible-playbook ", "ansible-playbook --syntax-check ", "no hosts here: the syntax check")
        .run(checkout);
    assertTrue(output.contains("roles/" + product + "/examples/playbook.yml"), output);
  }

  /**
   * No cluster here: {@code kubectl kustomize} builds what {@code kubectl apply -k} sends, and
   * nothing in it names a namespace, so {@code -n} places every object.
   */
  @Test
  @RunsReadmeSnippet("kubectl-apply")
  void kubectlApplyBuildsNetworkPoliciesForTheGivenNamespace() throws Exception {
    Tools.require("kubectl", "the README's kubectl apply -k");
    String output = ShellSnippet.of("kubectl-apply")
        .replace("kubectl apply -n <namespace> -k ", "kubectl kustomize ",
            "no cluster on the test machines: kustomize builds what apply -k would send")
        .run(checkout);
    List<JsonNode> objects;
    try (MappingIterator<JsonNode> docs = new YAMLMapper().readerFor(JsonNode.class).readValues(output)) {
      objects = docs.readAll();
    }
    assertTrue(objects.stream().anyMatch(o -> o.path("kind").asText().equals("NetworkPolicy")), output);
    for (JsonNode object : objects) {
      assertFalse(object.path("metadata").has("namespace"), "-n <namespace> would not place " + object);
    }
  }

  private static String mavenLine(Path script) throws Exception {
    return Files.readString(script).lines().map(String::strip).filter(l -> l.startsWith("./mvnw ")).findFirst()
        .orElseThrow(() -> new AssertionError(script + " runs no ./mvnw"));
  }

  private static List<String> words(String command) {
    return Arrays.stream(command.strip().split("\\s+")).toList();
  }
}
