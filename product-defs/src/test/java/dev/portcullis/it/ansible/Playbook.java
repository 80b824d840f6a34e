package dev.portcullis.it.ansible;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a role of the collection, by its fully qualified name, with ansible-playbook on a test
 * host's server (local connection, private /etc).
 */
final class Playbook {
  private static final Pattern RECAP = Pattern.compile(
      "localhost\\s*:\\s*ok=(\\d+)\\s+changed=(\\d+)\\s+unreachable=(\\d+)\\s+failed=(\\d+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestHost host;
  private final Path collectionsPath;
  private final String role;
  private int runs;

  /**
   * @param collectionsPath the directory that holds {@code ansible_collections/}
   * @param role the role's fully qualified name
   */
  Playbook(TestHost host, Path collectionsPath, String role) {
    this.host = host;
    this.collectionsPath = collectionsPath;
    this.role = role;
  }

  /** The outcome of one run: the command, and the recap's changed and failed counts. */
  record Run(Command command, int changed, int failed) {
    boolean ok() {
      return command.ok() && failed == 0;
    }
  }

  Run apply(Map<String, Object> vars, Map<String, String> env, String... extra) {
    try {
      runs++;
      Path dir = host.state.resolve("run" + runs);
      Files.createDirectories(dir.resolve("tmp"));
      Files.createDirectories(dir.resolve("async"));
      Path playbook = dir.resolve("site.yml");
      Files.writeString(playbook, """
          ---
          - name: Apply the role under test
            hosts: all
            gather_facts: false
            roles:
              - role: "{{ pca_role }}"
          """);
      Map<String, Object> all = new TreeMap<>(vars);
      all.put("pca_role", role);
      Path varsFile = dir.resolve("vars.json");
      JSON.writeValue(varsFile.toFile(), all);
      Map<String, String> environment = new TreeMap<>(Map.of(
          "ANSIBLE_COLLECTIONS_PATH", collectionsPath.toString(),
          "ANSIBLE_NOCOLOR", "1",
          // modules piped to the interpreter instead of copied to a file, run and removed: fewer forks a task
          "ANSIBLE_PIPELINING", "true",
          "ANSIBLE_ASYNC_DIR", dir.resolve("async").toString(),
          "ANSIBLE_LOCAL_TEMP", dir.resolve("tmp").toString(),
          "ANSIBLE_PYTHON_INTERPRETER", "/usr/bin/python3",
          "ANSIBLE_RETRY_FILES_ENABLED", "false"));
      environment.putAll(env);
      List<String> argv = new ArrayList<>(List.of("ansible-playbook", "-i", "localhost,", "-c", "local",
          "-e", "@" + varsFile, playbook.toString()));
      argv.addAll(List.of(extra));
      Command command = host.server(environment, 900, argv);
      Matcher recap = RECAP.matcher(command.output());
      int changed = -1;
      int failed = -1;
      while (recap.find()) {
        changed = Integer.parseInt(recap.group(2));
        failed = Integer.parseInt(recap.group(4));
      }
      return new Run(command, changed, failed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
