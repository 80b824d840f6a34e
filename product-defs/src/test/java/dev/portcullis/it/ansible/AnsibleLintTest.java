package dev.portcullis.it.ansible;

import dev.portcullis.it.TempDirs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.it.GeneratedOutput;
import dev.portcullis.it.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated collection (the seed products' roles, the lab product's role added, galaxy.yml,
 * the plugin) passes the tools its users run: ansible-lint with the production profile
 * and a configuration that turns every warning into a failure (plus a second pass with every
 * rule, for module arguments), {@code yamllint -s} with its default rules, and
 * {@code ansible-playbook --syntax-check} of each example playbook. Negative controls prove the
 * configurations do fail on what they must catch.
 */
class AnsibleLintTest {
  /** The directory that holds {@code ansible_collections/}. */
  private static Path work;
  /** The collection's directory, where ansible-lint and yamllint run. */
  private static Path collection;

  @BeforeAll
  static void copyCollection() throws IOException {
    Tools.require("ansible-lint", "lints the generated collection");
    // outside the repository: in a git work tree ansible-lint only sees files git tracks
    work = Files.createTempDirectory("pca-ansible-lint");
    collection = work.resolve(Roles.COLLECTION_DIR.substring("ansible/".length()));
    copyTree(Roles.collection(Roles.outputs().keySet().stream().filter(p -> !p.equals(Roles.LAB)).findFirst()
        .orElse(Roles.LAB)), collection);
    copyTree(Roles.role(Roles.LAB), collection.resolve("roles/" + Roles.LAB));
    // beside ansible_collections/, not in the collection: yamllint checks every file of the collection
    Roles.copyResource("ansible-lint-production.yml", work.resolve("production.yml"));
    Roles.copyResource("ansible-lint-all.yml", work.resolve("all.yml"));
  }

  @Test
  void everySeedProductHasARole() throws IOException {
    try (Stream<Path> models = Files.list(GeneratedOutput.resolve("model"))) {
      for (Path model : models.toList()) {
        String product = model.getFileName().toString().replace(".json", "");
        assertTrue(Files.isRegularFile(collection.resolve("roles/" + product + "/tasks/main.yml")), product);
      }
    }
  }

  @Test
  void ansibleLintProductionProfileFindsNothing() {
    Command lint = lint(collection, work.resolve("production.yml"), "--profile", "production");
    assertClean(lint);
  }

  @Test
  void ansibleLintWithEveryRuleFindsNothing() {
    Command lint = lint(collection, work.resolve("all.yml"));
    assertClean(lint);
  }

  @Test
  void theLintConfigurationsFailOnWhatTheyMustCatch() throws IOException {
    Path bad = Files.createTempDirectory("pca-ansible-lint-bad").resolve("ansible_collections/portcullis/firewall");
    copyTree(Roles.collection(Roles.LAB), bad);
    Path role = bad.resolve("roles/" + Roles.LAB);
    Files.writeString(role.resolve("tasks/extra.yml"), """
        ---
        - name: lower-case names are a warning of the production profile
          ansible.builtin.file:
            path: /tmp/x
            state: directory
            mode: "0755"
        """, StandardCharsets.UTF_8);
    Command production = lint(bad, work.resolve("production.yml"), "--profile", "production");
    assertFalse(production.ok(), production::describe);
    assertTrue(production.output().contains("name[casing]"), production::describe);

    Files.writeString(role.resolve("tasks/extra.yml"), """
        ---
        - name: An unknown module option
          ansible.builtin.file:
            path: /tmp/x
            state: directory
            mode: "0755"
            no_such_option: true
        """, StandardCharsets.UTF_8);
    Command all = lint(bad, work.resolve("all.yml"));
    assertFalse(all.ok(), all::describe);
    assertTrue(all.output().contains("args[module]"), all::describe);
    TempDirs.deleteTree(bad.getParent().getParent().getParent());
  }

  @AfterAll
  static void deleteCopies() throws IOException {
    TempDirs.deleteTree(work);
  }

  @Test
  void yamllintStrictFindsNothing() {
    Tools.require("yamllint", "checks the generated YAML");
    Command yamllint = Command.run(collection, 300, "yamllint", "-s", "-f", "parsable", ".");
    assertEquals("", yamllint.output().strip(), yamllint::describe);
    assertTrue(yamllint.ok(), yamllint::describe);
  }

  @Test
  void everyExamplePlaybookPassesTheSyntaxCheck() throws IOException {
    Tools.require("ansible-playbook", "checks the example playbooks");
    List<Path> playbooks;
    try (Stream<Path> files = Files.walk(collection.resolve("roles"))) {
      playbooks = files.filter(p -> p.toString().endsWith("/examples/playbook.yml")).sorted().toList();
    }
    assertEquals(Roles.outputs().size(), playbooks.size(), playbooks::toString);
    for (Path playbook : playbooks) {
      Command check = Command.run(work, Map.of("ANSIBLE_COLLECTIONS_PATH", work.toString(),
          "ANSIBLE_NOCOLOR", "1"), 300, List.of("ansible-playbook", "-i", "localhost,", "--syntax-check",
              work.relativize(playbook).toString()));
      assertTrue(check.ok(), check::describe);
    }
  }

  /** Passed, and on every file: ansible-lint passes vacuously when it finds no file at all. */
  private static void assertClean(Command lint) {
    java.util.regex.Matcher summary = java.util.regex.Pattern
        .compile("Passed with \\S+ profile: 0 failure\\(s\\), 0 warning\\(s\\) on (\\d+) files").matcher(lint.output());
    assertTrue(lint.ok() && summary.find(), lint::describe);
    int expected = 14 * Roles.outputs().size();
    assertTrue(Integer.parseInt(summary.group(1)) >= expected, () -> "linted fewer files than the "
        + expected + " of the roles:\n" + lint.describe());
  }

  /**
   * ansible-lint in a collection's directory, with the directory that holds its
   * {@code ansible_collections/} as the collections path (the example playbooks name the roles
   * by their fully qualified names; offline, ansible-lint installs nothing).
   */
  private static Command lint(Path collection, Path config, String... extra) {
    List<String> argv = new java.util.ArrayList<>(List.of("ansible-lint", "--offline", "--nocolor", "-c",
        config.toString()));
    argv.addAll(List.of(extra));
    return Command.run(collection, Map.of("NO_COLOR", "1", "ANSIBLE_COLLECTIONS_PATH",
        collection.getParent().getParent().getParent().toString()), 600, argv);
  }

  static void copyTree(Path from, Path to) throws IOException {
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
