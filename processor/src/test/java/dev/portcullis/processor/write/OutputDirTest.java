package dev.portcullis.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.diagnostics.Message;
import dev.portcullis.processor.PortcullisProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Aportcullis.outputDir} and {@code -Aportcullis.verify}: the processor owns only what its
 * manifest lists, removes what is no longer generated, never touches a file it did not write, and
 * in verify mode writes nothing and reports every difference.
 */
class OutputDirTest {
  private static final String MANIFEST = OutputDirectory.MANIFEST;

  @TempDir Path work;

  private static String definition(String simpleName, String id, int port) {
    return """
        package p;

        import dev.portcullis.annotations.*;

        @Product(id = "ID", title = "NAME")
        @Component(id = "node", description = "A node")
        public final class NAME {
          @Flow(id = "api", service = "API", purpose = "API", component = "node", peerComponent = "node")
          public static final int API = PORT;
        }
        """.replace("NAME", simpleName).replace("ID", id).replace("PORT", Integer.toString(port));
  }

  private static final String BROKEN = """
      package p;

      import dev.portcullis.annotations.*;

      @Product(id = "beta", title = "Beta")
      @Component(id = "node", description = "A node")
      public final class Beta {
        @Flow(id = "api", service = "API", purpose = "API", component = "node", peerComponent = "node")
        public static final int API = 70000;
      }
      """;

  @Test
  void writes_every_product_to_the_directory_with_a_sorted_manifest_and_nothing_to_the_class_output() throws IOException {
    Path out = work.resolve("out");
    Result result = compile("one", List.of(opt(out)), Map.of("p.Alpha", definition("Alpha", "alpha", 8080),
        "p.Beta", definition("Beta", "beta", 9090)));

    assertTrue(result.success, result.describe());
    Map<String, String> files = tree(out);
    assertTrue(files.containsKey("model/alpha.json"), files.keySet().toString());
    assertTrue(files.containsKey("ansible/ansible_collections/portcullis/firewall/roles/beta/tasks/main.yml"), files.keySet().toString());
    assertTrue(files.containsKey("ansible/ansible_collections/portcullis/firewall/LICENSE"), files.keySet().toString());
    assertTrue(files.containsKey("terraform/aws/alpha/LICENSE"), files.keySet().toString());
    assertTrue(files.containsKey("docs/beta.md"));
    assertFalse(Files.exists(result.classes.resolve("META-INF/portcullis")), "nothing under CLASS_OUTPUT/META-INF/portcullis");
    assertTrue(Files.isRegularFile(result.generated.resolve("p/AlphaDescriptor.java")), "descriptors still generated");

    List<String> lines = manifestLines(out);
    assertEquals(lines.stream().sorted().toList(), lines, "sorted");
    assertEquals(files.size() - 1, lines.size(), "every file but the manifest is listed");
    assertTrue(lines.contains("p.Alpha\tmodel/alpha.json"), lines.toString());
    assertTrue(lines.contains("p.Beta\tdocs/beta.md"), lines.toString());
    assertTrue(lines.contains(OutputDirectory.SHARED + "\tansible/ansible_collections/portcullis/firewall/galaxy.yml"),
        "the collection's files are listed once, for every product: " + lines);

    String note = summary(result);
    assertTrue(note.startsWith("[portcullis:summary] 2 products, " + (files.size() - 1) + " files written to " + out),
        note);
    assertTrue(note.contains("warnings") || note.contains("warning"), note);
  }

  @Test
  void a_removed_definition_loses_its_files_and_a_file_of_the_user_stays() throws IOException {
    Path out = work.resolve("out");
    assertTrue(compile("one", List.of(opt(out)), Map.of("p.Alpha", definition("Alpha", "alpha", 8080),
        "p.Beta", definition("Beta", "beta", 9090))).success);
    Files.writeString(out.resolve("README.md"), "my own notes\n");
    Files.writeString(out.resolve("ansible/ansible_collections/portcullis/firewall/roles/NOTES.txt"), "mine too\n");

    Result second = compile("two", List.of(opt(out)), Map.of("p.Alpha", definition("Alpha", "alpha", 8080)));

    assertTrue(second.success, second.describe());
    Map<String, String> files = tree(out);
    assertTrue(files.keySet().stream().noneMatch(p -> p.contains("beta")), files.keySet().toString());
    assertFalse(Files.exists(out.resolve("ansible/ansible_collections/portcullis/firewall/roles/beta")), "emptied directories are removed");
    assertTrue(files.containsKey("model/alpha.json"));
    assertEquals("my own notes\n", files.get("README.md"));
    assertEquals("mine too\n", files.get("ansible/ansible_collections/portcullis/firewall/roles/NOTES.txt"));
    assertTrue(manifestLines(out).stream().allMatch(l -> l.startsWith("p.Alpha\t") || l.startsWith(OutputDirectory.SHARED + "\t")),
        manifestLines(out).toString());
    assertTrue(summary(second).contains("no longer generated removed"), summary(second));
  }

  @Test
  void the_last_definition_removed_still_removes_its_files() throws IOException {
    Path out = work.resolve("out");
    assertTrue(compile("one", List.of(opt(out)), Map.of("p.Alpha", definition("Alpha", "alpha", 8080))).success);

    Result second = compile("two", List.of(opt(out)), Map.of("p.Other", "package p; public class Other {}\n"));

    assertTrue(second.success, second.describe());
    assertEquals(List.of(), manifestLines(out));
    assertEquals(List.of(MANIFEST), List.copyOf(tree(out).keySet()));
    assertTrue(summary(second).contains("no class annotated @dev.portcullis.annotations.Product"), summary(second));
  }

  @Test
  void a_definition_outside_this_compilation_that_still_exists_keeps_its_files() throws IOException {
    Path out = work.resolve("out");
    Result first = compile("one", List.of(opt(out)), Map.of("p.Alpha", definition("Alpha", "alpha", 8080),
        "p.Beta", definition("Beta", "beta", 9090)));
    Map<String, String> before = tree(out);

    // an IDE recompiling only Alpha: Beta is a class file on the class path
    Result partial = compile("two", List.of(opt(out)), Map.of("p.Alpha", definition("Alpha", "alpha", 8081)),
        first.classes);

    assertTrue(partial.success, partial.describe());
    Map<String, String> after = tree(out);
    before.keySet().stream().filter(p -> p.contains("beta")).forEach(p -> assertEquals(before.get(p), after.get(p), p));
    assertTrue(manifestLines(out).contains("p.Beta\tdocs/beta.md"));
    assertTrue(after.get("model/alpha.json").contains("8081"));
  }

  @Test
  void the_files_of_every_product_stay_while_one_product_stays_and_follow_the_collection_options() throws IOException {
    Path out = work.resolve("out");
    String galaxy = "ansible/ansible_collections/portcullis/firewall/galaxy.yml";
    assertTrue(compile("one", List.of(opt(out)), Map.of("p.Alpha", definition("Alpha", "alpha", 8080),
        "p.Beta", definition("Beta", "beta", 9090))).success);

    // only Beta, broken, in this compilation; Alpha still exists: nothing is generated, the collection stays
    Result broken = compile("two", List.of(opt(out)), Map.of("p.Beta", BROKEN), compile("classes", List.of(),
        Map.of("p.Alpha", definition("Alpha", "alpha", 8080))).classes);
    assertFalse(broken.success);
    assertTrue(tree(out).containsKey(galaxy), tree(out).keySet().toString());
    assertTrue(manifestLines(out).contains(OutputDirectory.SHARED + "\t" + galaxy), manifestLines(out).toString());

    Result renamed = compile("three", List.of(opt(out), "-Aportcullis.ansible.namespace=acme",
        "-Aportcullis.ansible.name=fw", "-Aportcullis.ansible.version=2.1.0"),
        Map.of("p.Alpha", definition("Alpha", "alpha", 8080), "p.Beta", definition("Beta", "beta", 9090)));
    assertTrue(renamed.success, renamed.describe());
    Map<String, String> files = tree(out);
    assertFalse(Files.exists(out.resolve("ansible/ansible_collections/portcullis")), files.keySet().toString());
    assertTrue(files.get("ansible/ansible_collections/acme/fw/galaxy.yml").contains("version: 2.1.0"));
    assertTrue(files.containsKey("ansible/ansible_collections/acme/fw/roles/beta/tasks/main.yml"));
  }

  @Test
  void a_product_with_an_error_changes_nothing() throws IOException {
    Path out = work.resolve("out");
    assertTrue(compile("one", List.of(opt(out)), Map.of("p.Alpha", definition("Alpha", "alpha", 8080),
        "p.Beta", definition("Beta", "beta", 9090))).success);
    Map<String, String> before = tree(out);

    Result broken = compile("two", List.of(opt(out)), Map.of("p.Alpha", definition("Alpha", "alpha", 8080),
        "p.Beta", BROKEN));

    assertFalse(broken.success);
    assertEquals(before, tree(out), "Beta's files and manifest lines stay; Alpha's are unchanged");
    assertTrue(summary(broken).contains("1 product with errors generated nothing"), summary(broken));
  }

  @Test
  void a_file_in_the_way_is_an_error_naming_it_and_nothing_of_the_product_is_written() throws IOException {
    Path out = work.resolve("out");
    Path mine = out.resolve("docs/alpha.md");
    Files.createDirectories(mine.getParent());
    Files.writeString(mine, "my page\n");

    Result result = compile("one", List.of(opt(out)), Map.of("p.Alpha", definition("Alpha", "alpha", 8080)));

    assertFalse(result.success);
    assertTrue(result.errors().stream().anyMatch(e -> e.contains("[portcullis:write-failed]") && e.contains(mine.toString())
        && e.contains("did not generate")), result.describe());
    assertEquals("my page\n", Files.readString(mine));
    assertEquals(List.of("docs/alpha.md"), List.copyOf(tree(out).keySet()), "no other file, no manifest");
  }

  @Test
  void a_file_that_already_holds_the_generated_bytes_is_adopted() throws IOException {
    Path out = work.resolve("out");
    assertTrue(compile("one", List.of(opt(out)), Map.of("p.Alpha", definition("Alpha", "alpha", 8080))).success);
    Map<String, String> before = tree(out);
    Files.delete(out.resolve(MANIFEST)); // e.g. a committed copy from before the manifest existed

    Result again = compile("two", List.of(opt(out)), Map.of("p.Alpha", definition("Alpha", "alpha", 8080)));

    assertTrue(again.success, again.describe());
    assertEquals(before, tree(out));
  }

  @Test
  void verify_writes_nothing_and_reports_each_different_missing_or_extra_file() throws IOException {
    Path out = work.resolve("out");
    assertTrue(compile("one", List.of(opt(out)), Map.of("p.Alpha", definition("Alpha", "alpha", 8080),
        "p.Beta", definition("Beta", "beta", 9090))).success);

    Result clean = compile("two", List.of(opt(out), "-Aportcullis.verify=true"),
        Map.of("p.Alpha", definition("Alpha", "alpha", 8080), "p.Beta", definition("Beta", "beta", 9090)));
    assertTrue(clean.success, clean.describe());
    assertTrue(summary(clean).contains("verified in " + out + ": up to date"), summary(clean));

    Path edited = out.resolve("terraform/aws/alpha/main.tf");
    Files.writeString(edited, Files.readString(edited) + "# hand edit\n");
    Path deleted = out.resolve("docs/alpha.md");
    Files.delete(deleted);
    Map<String, String> before = tree(out);

    Result drift = compile("three", List.of(opt(out), "-Aportcullis.verify=true"),
        Map.of("p.Alpha", definition("Alpha", "alpha", 8080)));

    assertFalse(drift.success);
    assertEquals(before, tree(out), "verify writes nothing");
    List<Diagnostic<? extends JavaFileObject>> errors = drift.errorDiagnostics();
    Diagnostic<? extends JavaFileObject> different = only(errors, edited.toString());
    assertTrue(message(different).contains("[" + Message.OUTPUT_DRIFT.suppressionKey() + "]")
        && message(different).contains("different") && message(different).contains("product 'alpha' (p.Alpha)"),
        message(different));
    assertTrue(different.getSource() != null && different.getSource().getName().endsWith("Alpha.java"),
        "on the product's element");
    assertTrue(message(only(errors, deleted.toString())).contains("is missing"));
    Diagnostic<? extends JavaFileObject> leftover = only(errors, out.resolve("docs/beta.md").toString());
    assertTrue(message(leftover).contains("no longer generated") && message(leftover).contains("p.Beta"),
        message(leftover));
    assertEquals(null, leftover.getSource(), "a removed definition's leftovers have no element");
    assertTrue(summary(drift).contains("out of date"), summary(drift));
  }

  @Test
  void verify_needs_an_output_directory() {
    Result result = compile("one", List.of("-Aportcullis.verify=true"),
        Map.of("p.Alpha", definition("Alpha", "alpha", 8080)));

    assertTrue(result.errors().stream().anyMatch(e -> e.contains("[portcullis:bad-option]")
        && e.contains("portcullis.verify") && e.contains("portcullis.outputDir")), result.describe());
  }

  @Test
  void an_output_directory_that_is_a_file_is_a_bad_option() throws IOException {
    Path file = Files.writeString(work.resolve("file"), "x");
    Result result = compile("one", List.of("-Aportcullis.outputDir=" + file),
        Map.of("p.Alpha", definition("Alpha", "alpha", 8080)));

    assertTrue(result.errors().stream().anyMatch(e -> e.contains("[portcullis:bad-option]")
        && e.contains("not a directory")), result.describe());
  }

  @Test
  void a_manifest_line_that_leaves_the_directory_is_refused_and_nothing_is_removed() throws IOException {
    Path out = Files.createDirectories(work.resolve("out"));
    Path victim = Files.writeString(work.resolve("victim.txt"), "keep me");
    Files.writeString(out.resolve(MANIFEST), "p.Gone\t../victim.txt\n");

    Result result = compile("one", List.of(opt(out)), Map.of("p.Alpha", definition("Alpha", "alpha", 8080)));

    assertFalse(result.success);
    assertTrue(Files.exists(victim));
    assertTrue(result.errors().stream().anyMatch(e -> e.contains(MANIFEST) && e.contains("line 1")), result.describe());
  }

  @Test
  void without_an_output_directory_the_summary_names_the_class_output_and_no_product_gets_a_note() {
    Result one = compile("one", List.of(), Map.of("p.Alpha", definition("Alpha", "alpha", 8080)));
    assertTrue(summary(one).startsWith("[portcullis:summary] 1 product, "), summary(one));
    assertTrue(summary(one).contains(" written to " + one.classes.resolve("META-INF/portcullis")), summary(one));

    Result none = compile("two", List.of(), Map.of("p.Other", "package p; public class Other {}\n"));
    assertEquals("[portcullis:summary] no class annotated @dev.portcullis.annotations.Product in this compilation:"
        + " nothing generated", summary(none));
  }

  // --- helpers

  private static String opt(Path out) {
    return "-Aportcullis.outputDir=" + out;
  }

  private static String message(Diagnostic<? extends JavaFileObject> d) {
    return d.getMessage(Locale.ROOT);
  }

  private static Diagnostic<? extends JavaFileObject> only(List<Diagnostic<? extends JavaFileObject>> errors,
      String file) {
    List<Diagnostic<? extends JavaFileObject>> hits = errors.stream()
        .filter(d -> message(d).contains(file + " is ")).toList();
    assertEquals(1, hits.size(), "one error for " + file + ": " + errors.stream().map(OutputDirTest::message).toList());
    return hits.get(0);
  }

  private static String summary(Result result) {
    List<String> notes = result.diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
        .map(OutputDirTest::message).filter(m -> m.startsWith("[portcullis:summary]")).toList();
    assertEquals(1, notes.size(), "one summary note: " + notes);
    return notes.get(0);
  }

  private static List<String> manifestLines(Path out) throws IOException {
    return Files.readAllLines(out.resolve(MANIFEST)).stream().filter(l -> !l.startsWith("#")).toList();
  }

  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> result = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return result;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        result.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return result;
  }

  private record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path classes,
      Path generated) {
    List<Diagnostic<? extends JavaFileObject>> errorDiagnostics() {
      return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    }

    List<String> errors() {
      return errorDiagnostics().stream().map(OutputDirTest::message).toList();
    }

    String describe() {
      return String.join("\n", diagnostics.stream().map(d -> d.getKind() + " " + message(d)).toList());
    }
  }

  /** Compiles the sources (class name to text) in {@code work/<name>}, with {@code extraClasses} on the class path. */
  private Result compile(String name, List<String> options, Map<String, String> sources, Path... extraClasses) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Path dir = work.resolve(name);
      Path classes = Files.createDirectories(dir.resolve("classes"));
      Path generated = Files.createDirectories(dir.resolve("generated"));
      List<Path> sourceFiles = new ArrayList<>();
      for (Map.Entry<String, String> source : new TreeMap<>(sources).entrySet()) {
        Path file = dir.resolve("src").resolve(source.getKey().replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getValue());
        sourceFiles.add(file);
      }
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
      List<String> args = new ArrayList<>(options);
      StringBuilder classpath = new StringBuilder(System.getProperty("java.class.path"));
      for (Path extra : extraClasses) {
        classpath.append(File.pathSeparator).append(extra);
      }
      args.addAll(List.of("-classpath", classpath.toString()));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, args, null,
          files.getJavaFileObjectsFromPaths(sourceFiles));
      task.setProcessors(List.of(new PortcullisProcessor()));
      boolean success = task.call();
      return new Result(success, List.copyOf(diagnostics.getDiagnostics()), classes, generated);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
