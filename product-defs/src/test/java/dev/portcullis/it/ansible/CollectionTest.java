package dev.portcullis.it.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.it.TempDirs;
import dev.portcullis.it.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated collection as its users get it: the planning plugin's unit tests (pytest, shipped
 * in the collection's {@code tests/unit/}), {@code ansible-test sanity} as far as it runs offline,
 * the one copy of the planning code, and {@code ansible-galaxy collection build}, the tarball
 * installed into an empty collections path and a playbook naming a role by its fully qualified
 * name applied on a test host.
 */
class CollectionTest {
  /** Ansible's Python (Debian's): the one with the ansible package the plugin imports. */
  private static final String PYTHON = "/usr/bin/python3";
  /**
   * The sanity tests that run offline: the others (import, pep8, pylint, runtime-metadata,
   * yamllint) first install pinned requirements into a virtual environment from the network.
   */
  static final List<String> SANITY_TESTS = List.of("action-plugin-docs", "ansible-doc", "changelog", "compile",
      "empty-init", "future-import-boilerplate", "ignores", "line-endings", "metaclass-boilerplate", "no-assert",
      "no-basestring", "no-dict-iteritems", "no-dict-iterkeys", "no-dict-itervalues", "no-get-exception",
      "no-illegal-filenames", "no-main-display", "no-smart-quotes", "no-unicode-literals", "replace-urlopen",
      "shebang", "shellcheck", "symlinks", "use-argspec-type-path", "use-compat-six", "validate-modules");

  /** A copy of the seed products' collection: {@code <work>/ansible_collections/portcullis/firewall}. */
  private static Path work;
  private static Path collection;

  @BeforeAll
  static void copyCollection() throws IOException {
    // outside the repository: ansible-test looks for the git work tree it is in
    work = Files.createTempDirectory("pca-collection");
    collection = work.resolve(Roles.COLLECTION_DIR.substring("ansible/".length()));
    String seed = Roles.outputs().keySet().stream().filter(p -> !p.equals(Roles.LAB)).findFirst().orElseThrow();
    AnsibleLintTest.copyTree(Roles.collection(seed), collection);
  }

  @AfterAll
  static void deleteCopy() throws IOException {
    TempDirs.deleteTree(work);
  }

  @Test
  void thePlanningCodeExistsOnceInTheCollection() throws IOException {
    try (Stream<Path> files = Files.walk(collection)) {
      List<Path> python = files.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("/tests/"))
          .toList();
      // the planning code once, and the formatting of the nftables and firewalld backends beside it
      assertEquals(List.of(collection.resolve("plugins/filter/nft_firewalld.py"),
          collection.resolve("plugins/filter/plan.py")), python.stream().sorted().toList());
    }
  }

  @Test
  void theUnitTestsOfThePlanningPluginPass() {
    Tools.require("python3", "runs the plugin's unit tests");
    Command pytest = Command.run(collection, Map.of("PYTHONPATH", work.toString(), "PYTHONDONTWRITEBYTECODE", "1"),
        300, List.of(PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/unit"));
    Matcher passed = Pattern.compile("(\\d+) passed").matcher(pytest.output());
    assertTrue(pytest.ok() && passed.find(), pytest::describe);
    assertTrue(Integer.parseInt(passed.group(1)) >= 30, pytest::describe);
    assertTrue(!pytest.output().contains("failed") && !pytest.output().contains("error"), pytest::describe);
  }

  @Test
  void ansibleTestSanityPassesTheOfflineTests() {
    Tools.require("ansible-test", "runs the sanity tests of the collection");
    List<String> argv = new ArrayList<>(List.of("ansible-test", "sanity", "--python", "3.11", "--color", "no"));
    SANITY_TESTS.forEach(t -> argv.addAll(List.of("--test", t)));
    Command sanity = Command.run(collection, Map.of(), 900, argv);
    assertTrue(sanity.ok(), sanity::describe);
    for (String test : SANITY_TESTS) {
      assertTrue(sanity.output().contains("Running sanity test \"" + test + "\""), () -> test + ":\n"
          + sanity.describe());
    }
  }

  @Test
  void everyFilterHasItsDocumentation() {
    Tools.require("ansible-doc", "shows the plugin's documentation");
    for (String filter : List.of("plan", "controller", "local_subnets", "ufw_reconcile", "warn")) {
      Command doc = Command.run(work, Map.of("ANSIBLE_COLLECTIONS_PATH", work.toString(), "ANSIBLE_NOCOLOR", "1"), 120,
          List.of("ansible-doc", "-t", "filter", "portcullis.firewall." + filter));
      assertTrue(doc.ok() && doc.output().contains("> PORTCULLIS.FIREWALL." + filter.toUpperCase()), doc::describe);
    }
  }

  /**
   * Build, install offline into an empty collections path ({@code --no-deps}: community.general
   * and ansible.posix are those of Debian's ansible package), then apply a product's role by its
   * FQCN, twice, on a test host with the iptables backend.
   */
  @Test
  void theBuiltTarballInstallsAndItsRoleAppliesByItsFullyQualifiedName() throws IOException {
    Tools.require("ansible-galaxy", "builds and installs the collection");
    Tools.requireRoot("applies the installed role on a network-namespace test host");
    Path dist = Files.createDirectories(work.resolve("dist"));
    Command build = Command.run(dist, 300, "ansible-galaxy", "collection", "build", collection.toString());
    assertTrue(build.ok(), build::describe);
    Path tarball;
    try (Stream<Path> files = Files.list(dist)) {
      tarball = files.filter(p -> p.getFileName().toString().matches("portcullis-firewall-.+\\.tar\\.gz"))
          .findFirst().orElseThrow(() -> new AssertionError(build.describe()));
    }
    Path installed = work.resolve("installed");
    Command install = Command.run(dist, 300, "ansible-galaxy", "collection", "install", "--offline", "--no-deps",
        "-p", installed.toString(), tarball.toString());
    assertTrue(install.ok(), install::describe);
    assertTrue(Files.isRegularFile(installed.resolve("ansible_collections/portcullis/firewall/MANIFEST.json")),
        install::describe);

    String product = "storegrid";
    String role = product + "_firewall";
    try (TestHost host = TestHost.up(230)) {
      Playbook playbook = new Playbook(host, installed, Roles.fqcn(product));
      Map<String, Object> vars = Map.of(role + "_backend", "iptables");
      Playbook.Run first = playbook.apply(vars, Map.of());
      assertTrue(first.ok(), first.command()::describe);
      Command chains = host.server("iptables", "-S", "INPUT");
      assertTrue(chains.output().contains("-j pc-storegrid-in"), chains::describe);
      Playbook.Run second = playbook.apply(vars, Map.of());
      assertTrue(second.ok() && second.changed() == 0, second.command()::describe);
    }
  }
}
