package dev.portcullis.it.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.it.GeneratedOutput;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java: the StorageOS definition it shows, javac without a build tool (with and
 * without a template override) run with this build's jars on that definition, and the
 * descriptor usage compiled and run against the seed products' descriptors.
 */
class ReadmeSnippetJavaTest {
  private static final String STORAGE_OS_CLASS = "dev.portcullis.products.StorageOs";
  private static final String EDIT = "Reviewed with the template override of the README";

  @TempDir Path dir;

  /**
   * javac, as written, with this build's jars, on the README's StorageOS definition, writes
   * exactly what the build writes for the seed product: the same definition, every target.
   */
  @Test
  @RunsReadmeSnippet({"javac", "storageos-definition"})
  void javacWithoutABuildToolWritesEveryTarget() throws Exception {
    userProject();
    ShellSnippet.of("javac").run(dir);
    Map<String, String> built = storageOsFiles();
    Map<String, String> written = Checkout.files(dir.resolve("firewall"));
    written.remove(".portcullis-manifest");
    // the collection's own files (galaxy.yml, the plugin, ...) belong to the build, not to one product
    Set<String> shared = sharedFiles(GeneratedOutput.resolve(".portcullis-manifest"));
    assertEquals(shared, sharedFiles(dir.resolve("firewall/.portcullis-manifest")), "javac wrote other shared files");
    written.keySet().removeAll(shared);
    assertEquals(built.keySet(), written.keySet(), "javac wrote other files than the build for StorageOS");
    assertEquals(built, written);
    for (String target : List.of("ansible/ansible_collections/portcullis/firewall/roles/storageos/", "terraform/aws/storageos/",
        "kubernetes/storageos/", "docs/storageos.md", "model/storageos.json")) {
      assertTrue(written.keySet().stream().anyMatch(f -> f.startsWith(target)), "no " + target + " in " + written.keySet());
    }
    assertTrue(Files.isRegularFile(dir.resolve("classes/dev/portcullis/products/StorageOsDescriptor.class")));
  }

  /** The Templates section's commands, with its javac the one above: the copied, edited template is used. */
  @Test
  @RunsReadmeSnippet("template-override")
  void theTemplateOverrideCommandsChangeTheDocsPage() throws Exception {
    userProject();
    Files.createSymbolicLink(dir.resolve("templates"), Checkout.repository().resolve("templates"));
    String javac = Readme.snippet("javac").replace("\\\n", " ").replaceAll("\\s+", " ").strip();
    int outputDir = javac.indexOf(" -Aportcullis.outputDir");
    assertTrue(outputDir > 0, "the javac snippet has no -Aportcullis.outputDir: " + javac);
    ShellSnippet.of("template-override")
        .replace("   # then edit it", "\necho '" + EDIT + "' >> my-templates/docs/product.md.mustache   # then edit it",
            "the edit")
        .replace("javac ... ", javac.substring(0, outputDir) + " ", "the javac command of 'Without Maven or Gradle'")
        .replace(" ...\n", javac.substring(outputDir) + "\n", "the javac command of 'Without Maven or Gradle'")
        .run(dir);
    Map<String, String> built = storageOsFiles();
    Map<String, String> written = Checkout.files(dir.resolve("firewall"));
    written.remove(".portcullis-manifest");
    written.keySet().removeAll(sharedFiles(dir.resolve("firewall/.portcullis-manifest")));
    String docs = written.remove("docs/storageos.md");
    assertTrue(docs.strip().endsWith(EDIT), "the docs page comes from the edited template:\n" + docs);
    assertTrue(docs.startsWith(built.remove("docs/storageos.md").strip()), "the rest of the page is the built-in one");
    assertEquals(built, written, "only the overridden template's output changes");
  }

  /** The descriptor usage, in a main method, with the seed descriptors and the annotations jar alone. */
  @Test
  @RunsReadmeSnippet("descriptor-usage")
  void theDescriptorUsageReadsTheCatalog() throws Exception {
    Path source = dir.resolve("ReadmeDescriptorUsage.java");
    Files.writeString(source, """
        import dev.portcullis.descriptor.Catalog;
        import dev.portcullis.descriptor.FlowDescriptor;
        import dev.portcullis.descriptor.ProductDescriptor;
        import java.util.List;

        public final class ReadmeDescriptorUsage {
          public static void main(String[] args) {
        %s
            System.out.println("all: " + all.stream().map(ProductDescriptor::id).toList());
          }
        }
        """.formatted(Readme.snippet("descriptor-usage").indent(4)));
    String classPath = Path.of("target/classes").toAbsolutePath() + File.pathSeparator
        + Checkout.jar("processor/annotations", "portcullis-annotations");
    Path java = Path.of(System.getProperty("java.home"), "bin");
    run(List.of(java.resolve("javac").toString(), "-cp", classPath, "-d", dir.toString(), source.toString()));
    String output = run(List.of(java.resolve("java").toString(), "-cp", dir + File.pathSeparator + classPath,
        "ReadmeDescriptorUsage"));

    JsonNode model = new ObjectMapper().readTree(GeneratedOutput.resolve("model/storageos.json").toFile());
    List<String> flows = new ArrayList<>();
    model.path("flows").forEach(f -> flows.add(f.path("id").asText()));
    List<String> lines = output.lines().toList();
    assertEquals(flows, lines.subList(0, lines.size() - 1).stream().map(l -> l.split(" ")[0]).toList(), output);
    assertTrue(lines.contains("rest_api [tcp] [PortSpan[from=5705, to=5705]]"), "flow id, transports, ports:\n" + output);
    assertEquals("all: " + GeneratedOutput.SEED_PRODUCTS, lines.get(lines.size() - 1));
  }

  /** A user's directory as "Without Maven or Gradle" expects: the two jars and the README's definition. */
  private void userProject() throws Exception {
    Files.copy(Checkout.jar("processor/annotations", "portcullis-annotations"), dir.resolve("portcullis-annotations.jar"));
    Files.copy(Checkout.jar("processor", "portcullis-processor"), dir.resolve("portcullis-processor.jar"));
    Path src = Files.createDirectories(dir.resolve("src/com/example"));
    Files.writeString(src.resolve("StorageOs.java"), Readme.snippet("storageos-definition"));
  }

  /** The files the build wrote for StorageOS, by its manifest. */
  private static Map<String, String> storageOsFiles() throws Exception {
    Map<String, String> files = new TreeMap<>();
    for (String line : Files.readAllLines(GeneratedOutput.resolve(".portcullis-manifest"))) {
      String[] entry = line.split("\t");
      if (entry.length == 2 && entry[0].equals(STORAGE_OS_CLASS)) {
        files.put(entry[1], Files.readString(GeneratedOutput.resolve(entry[1])));
      }
    }
    assertTrue(files.size() > 10, "the build's manifest lists StorageOS's files: " + files.keySet());
    return files;
  }

  /** The files a manifest lists as the build's own (owner {@code *}), not one product's. */
  private static Set<String> sharedFiles(Path manifest) throws Exception {
    Set<String> files = new TreeSet<>();
    for (String line : Files.readAllLines(manifest)) {
      String[] entry = line.split("\t");
      if (entry.length == 2 && entry[0].equals("*")) {
        files.add(entry[1]);
      }
    }
    return files;
  }

  private String run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      fail(String.join(" ", command) + " failed:\n" + output);
    }
    return output;
  }
}
