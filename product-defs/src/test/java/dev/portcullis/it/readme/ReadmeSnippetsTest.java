package dev.portcullis.it.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every fenced block of README.md is what a test runs: it has an id, no id is used twice, and a
 * test annotated {@link RunsReadmeSnippet} with that id runs it, unless it is one of the few
 * blocks allowed to say why it cannot run here.
 */
class ReadmeSnippetsTest {
  /** Blocks no test can run on the test machines; each says why in its marker and in the README text. */
  static final Set<String> NOT_RUN_ALLOWED = Set.of(
      "gradle-build", // Gradle is not installed on the test machines and cannot be downloaded
      "benchmark");   // minutes of timed compilations; BENCHMARKS.md records its runs

  /** What someone adding a fenced block to README.md must do; every failure here repeats it. */
  static final String HOW = """

      Every fenced block of README.md is run by a test. For a new block:
        1. put <!-- snippet: some-id --> on the line just before its opening fence (ids: a-z, 0-9, -);
        2. in a test under product-defs/src/test/java/dev/portcullis/it/, read its text with
           dev.portcullis.it.readme.Readme.snippet("some-id") and run THAT text (a shell block:
           ShellSnippet.of("some-id")...run(dir)), and annotate the test method
           @RunsReadmeSnippet("some-id");
        3. only if it truly cannot run on the test machines: <!-- snippet: some-id not-run: why -->,
           the same reason in the README text beside the block, and the id in
           ReadmeSnippetsTest.NOT_RUN_ALLOWED.
      """;

  @Test
  void everyFencedBlockHasOneIdAndATestThatRunsIt() throws Exception {
    List<String> problems = problems(Readme.load(), runners());
    assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n" + HOW);
  }

  @Test
  void theRuleNamesTheLineOfEveryBlockWithoutIdDuplicateOrRunner() {
    Readme readme = Readme.parse("""
        <!-- snippet: run -->
        ```sh
        true
        ```
        ```sh
        no id
        ```
        <!-- snippet: run -->
        ```sh
        again
        ```
        <!-- snippet: idle -->
        ```sh
        nobody runs this
        ```
        <!-- snippet: gradle-build not-run: no Gradle -->
        ```kotlin
        ```
        <!-- snippet: excused not-run: too lazy -->
        ```sh
        ```
        """);
    assertEquals(List.of(
        "README.md:5: fenced block (```sh) has no id: the line before its fence must be <!-- snippet: some-id -->;"
            + " it starts: no id",
        "README.md:9 (snippet 'run'): id 'run' is already used at README.md:2; give each block its own id",
        "README.md:13 (snippet 'idle'): no test runs it (no test method is annotated @RunsReadmeSnippet(\"idle\"));"
            + " it starts: nobody runs this",
        "README.md:20 (snippet 'excused'): is marked not-run (too lazy), which only " + NOT_RUN_ALLOWED
            + " may be: run it from a test",
        "[T.gone] runs README snippet 'gone', which README.md no longer has: fix the annotation, or put the marker back"),
        problems(readme, Map.of("run", List.of("T.run"), "gone", List.of("T.gone"))));
  }

  static List<String> problems(Readme readme, Map<String, List<String>> runners) {
    List<String> problems = new ArrayList<>();
    Map<String, Readme.Snippet> byId = new TreeMap<>();
    for (Readme.Snippet snippet : readme.snippets()) {
      if (snippet.id() == null) {
        problems.add(snippet.where() + ": fenced block (```" + snippet.language() + ") has no id: the line before its fence"
            + " must be <!-- snippet: some-id -->; it starts: " + firstLine(snippet));
        continue;
      }
      Readme.Snippet earlier = byId.putIfAbsent(snippet.id(), snippet);
      if (earlier != null) {
        problems.add(snippet.where() + ": id '" + snippet.id() + "' is already used at README.md:" + earlier.line()
            + "; give each block its own id");
        continue;
      }
      boolean run = runners.containsKey(snippet.id());
      if (snippet.notRun() != null) {
        if (!NOT_RUN_ALLOWED.contains(snippet.id())) {
          problems.add(snippet.where() + ": is marked not-run (" + snippet.notRun() + "), which only "
              + NOT_RUN_ALLOWED + " may be: run it from a test");
        } else if (run) {
          problems.add(snippet.where() + ": is marked not-run but " + runners.get(snippet.id())
              + " runs it: drop the not-run reason");
        }
      } else if (!run) {
        problems.add(snippet.where() + ": no test runs it (no test method is annotated @RunsReadmeSnippet(\""
            + snippet.id() + "\")); it starts: " + firstLine(snippet));
      }
    }
    for (Readme.StrayMarker stray : readme.strayMarkers()) {
      problems.add("README.md:" + stray.line() + ": the marker of '" + stray.id() + "' is not on the line just before"
          + " an opening fence (or is malformed: <!-- snippet: some-id -->)");
    }
    for (Map.Entry<String, List<String>> runner : new TreeMap<>(runners).entrySet()) {
      if (!byId.containsKey(runner.getKey())) {
        problems.add(runner.getValue() + " runs README snippet '" + runner.getKey() + "', which README.md no longer"
            + " has: fix the annotation, or put the marker back");
      }
    }
    return problems;
  }

  /** Issue 16: a snippet that drops targets generates less than the README promises. */
  @Test
  void noSnippetRestrictsTheTargets() {
    List<String> restricting = Readme.load().snippets().stream().filter(s -> s.text().contains("portcullis.targets"))
        .map(s -> s.where() + ": " + firstLine(s)).toList();
    assertEquals(List.of(), restricting, "a README snippet passes -Aportcullis.targets, so copied as is it generates"
        + " fewer targets than the README promises; drop it (or say why beside the block and allow it here)");
  }

  @Test
  void theReaderFindsIdsReasonsAndBlocksWithoutIds() {
    Readme readme = Readme.parse("""
        text
        <!-- snippet: one -->
        ```sh
        echo one
        ```
        <!-- snippet: two not-run: no tool here -->
        ~~~kotlin
        ```
        ~~~

        ```
        plain
        ```
        <!-- snippet: lost -->

        """);
    assertEquals(3, readme.snippets().size());
    assertEquals(new Readme.Snippet("one", "sh", "echo one\n", 3, null), readme.snippets().get(0));
    assertEquals(new Readme.Snippet("two", "kotlin", "```\n", 7, "no tool here"), readme.snippets().get(1));
    assertEquals(new Readme.Snippet(null, "", "plain\n", 11, null), readme.snippets().get(2));
    assertEquals(List.of(new Readme.StrayMarker("lost", 14)), readme.strayMarkers());
  }

  /** Snippet id to the test methods annotated as running it, from the compiled test classes. */
  static Map<String, List<String>> runners() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(RunsReadmeSnippet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path root = classes.resolve("dev/portcullis/it");
    Map<String, List<String>> runners = new TreeMap<>();
    List<String> names;
    try (Stream<Path> files = Files.walk(root)) {
      names = files.filter(f -> f.toString().endsWith(".class")).map(f -> classes.relativize(f).toString())
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).sorted().toList();
    }
    ClassLoader loader = ReadmeSnippetsTest.class.getClassLoader();
    for (String name : names) {
      Class<?> type = Class.forName(name, false, loader);
      record(runners, type, type.getName());
      for (Method method : type.getDeclaredMethods()) {
        record(runners, method, type.getSimpleName() + "." + method.getName());
      }
    }
    return runners;
  }

  private static void record(Map<String, List<String>> runners, AnnotatedElement element, String name) {
    RunsReadmeSnippet runs = element.getAnnotation(RunsReadmeSnippet.class);
    if (runs != null) {
      for (String id : new TreeSet<>(List.of(runs.value()))) {
        runners.computeIfAbsent(id, k -> new ArrayList<>()).add(name);
      }
    }
  }

  private static String firstLine(Readme.Snippet snippet) {
    return snippet.text().lines().findFirst().orElse("(empty)");
  }
}
