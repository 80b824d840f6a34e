package dev.portcullis.it.readme;

import static org.junit.jupiter.api.Assertions.fail;

import dev.portcullis.it.GeneratedOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the README's commands find where a user runs them: the repository, this build's outputs
 * and artifacts. Snippets run in temporary copies, so a tool that writes next to its input
 * ({@code terraform init}) never writes into the build's output.
 */
final class Checkout {
  private Checkout() {}

  /** The repository's root (product-defs' tests run in product-defs/). */
  static Path repository() {
    return Path.of("..").toAbsolutePath().normalize();
  }

  /** Makes {@code dir/generated-examples} a copy of this build's output (the README's generated-examples/). */
  static Path generatedExamples(Path dir) {
    Path target = dir.resolve("generated-examples");
    copyTree(GeneratedOutput.root(), target);
    return target;
  }

  /** This build's jar of a Portcullis artifact, e.g. {@code jar("processor", "portcullis-processor")}. */
  static Path jar(String module, String artifact) {
    Path dir = repository().resolve(module).resolve("target");
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> jars = files.filter(f -> f.getFileName().toString().matches(artifact + "-[0-9][^-]*(-SNAPSHOT)?\\.jar"))
          .toList();
      if (jars.size() != 1) {
        fail("expected one " + artifact + " jar in " + dir + ", found " + jars + ": build with -pl "
            + "processor/annotations,processor,product-defs verify (package runs before these tests)");
      }
      return jars.get(0);
    } catch (IOException e) {
      throw new AssertionError("no " + dir + ": build with -pl processor/annotations,processor,product-defs verify", e);
    }
  }

  static void copyTree(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path copy = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Relative path to content of every regular file under {@code root}. */
  static Map<String, String> files(Path root) {
    Map<String, String> result = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        result.put(root.relativize(file).toString(), Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }
}
