package dev.portcullis.it.kubernetes;

import dev.portcullis.it.GeneratedOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The products whose Kubernetes output the tests check: every seed the build generated, and the fixtures. */
final class ProductDirs {
  private ProductDirs() {}

  /** One product's generated output. */
  record ProductDir(String id, Path root) {
    Path kubernetes() {
      return root.resolve("kubernetes").resolve(id);
    }

    /** The CiliumNetworkPolicies of the product. */
    Path cilium() {
      return root.resolve("cilium").resolve(id);
    }

    Path model() {
      return root.resolve("model").resolve(id + ".json");
    }

    @Override
    public String toString() {
      return id;
    }
  }

  /** The seed products present in this build (all five once every definition has landed). */
  static List<ProductDir> seeds() {
    return under(GeneratedOutput.root());
  }

  static List<ProductDir> fixtures() {
    return under(Fixtures.root());
  }

  static List<ProductDir> all() {
    List<ProductDir> all = new ArrayList<>(seeds());
    all.addAll(fixtures());
    return all;
  }

  private static List<ProductDir> under(Path root) {
    Path dir = root.resolve("kubernetes");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isDirectory).map(p -> new ProductDir(p.getFileName().toString(), root))
          .sorted(java.util.Comparator.comparing(ProductDir::id)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
