package dev.portcullis.it.ansible;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.it.GeneratedOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The generated roles the tests use: those of the seed products (this module's build output)
 * and that of the lab definition ({@code ansible/AnsibleLab.java.txt}), which the tests compile
 * themselves with the processor so it stays out of the test class path.
 */
final class Roles {
  static final String LAB = "ansible_lab_product1";
  /** The collection the build generates (the processor's default namespace and name). */
  static final String NAMESPACE = "portcullis";
  static final String NAME = "firewall";
  static final String COLLECTION_DIR = "ansible/ansible_collections/" + NAMESPACE + "/" + NAME;
  private static Path labOutput;

  private Roles() {}

  /** Product id to the {@code META-INF/portcullis} directory its files are in, sorted. */
  static synchronized Map<String, Path> outputs() {
    Map<String, Path> out = new TreeMap<>();
    Path seeds = GeneratedOutput.resolve(COLLECTION_DIR + "/roles");
    if (Files.isDirectory(seeds)) {
      try (Stream<Path> roles = Files.list(seeds)) {
        roles.filter(Files::isDirectory).map(p -> p.getFileName().toString())
            .forEach(n -> out.put(n, GeneratedOutput.root()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    out.put(LAB, lab());
    return out;
  }

  /** The directory to give as the collections path: it holds {@code ansible_collections/}. */
  static Path collectionsPath(String product) {
    return outputs().get(product).resolve("ansible");
  }

  /** The collection that holds the product's role (the seeds' or the lab's). */
  static Path collection(String product) {
    return outputs().get(product).resolve(COLLECTION_DIR);
  }

  static Path role(String product) {
    return collection(product).resolve("roles/" + product);
  }

  /** The role's fully qualified name, {@code <namespace>.<name>.<product>}. */
  static String fqcn(String product) {
    return NAMESPACE + "." + NAME + "." + product;
  }

  static Path model(String product) {
    return outputs().get(product).resolve("model/" + product + ".json");
  }

  /** Compiles the lab definition once (ansible and model targets only). */
  static synchronized Path lab() {
    if (labOutput != null) {
      return labOutput;
    }
    try {
      Path dir = Path.of("target", "ansible-lab").toAbsolutePath();
      Path src = dir.resolve("src/lab/AnsibleLab.java");
      Files.createDirectories(src.getParent());
      Files.writeString(src, resource("AnsibleLab.java.txt"), StandardCharsets.UTF_8);
      Path classes = Files.createDirectories(dir.resolve("classes"));
      String processor = processorLocation();
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      StringWriter diagnostics = new StringWriter();
      boolean ok = javac.getTask(diagnostics, null, null,
          List.of("-proc:only", "-Aportcullis.targets=model,ansible", "-Aportcullis.descriptors=false",
              "-classpath", processor, "-processorpath", processor, "-d", classes.toString(), "-implicit:none"),
          null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(src.toFile()))
          .call();
      assertTrue(ok, "javac failed on the lab definition:\n" + diagnostics);
      labOutput = classes.resolve("META-INF/portcullis");
      return labOutput;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file of {@code src/test/resources/ansible/}. */
  static String resource(String name) {
    try (InputStream in = Roles.class.getResourceAsStream("/ansible/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource ansible/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a resource of {@code ansible/} to {@code target}, executable when it is a script. */
  static Path copyResource(String name, Path target) {
    try {
      Files.createDirectories(target.getParent());
      Files.writeString(target, resource(name), StandardCharsets.UTF_8);
      target.toFile().setExecutable(name.endsWith(".sh") || name.endsWith(".py"));
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String processorLocation() {
    try {
      Class<?> processor = Class.forName("dev.portcullis.processor.PortcullisProcessor");
      return Path.of(processor.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new IllegalStateException("the Portcullis processor is not on the test class path", e);
    }
  }
}
