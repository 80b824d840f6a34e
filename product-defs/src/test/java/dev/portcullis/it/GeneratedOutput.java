package dev.portcullis.it;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where this module's build wrote the processor's output (the same layout as generated-examples/). */
public final class GeneratedOutput {
  private GeneratedOutput() {}

  public static final java.util.List<String> SEED_PRODUCTS =
      java.util.List.of("brickstor_sp", "mysterium_node", "storageos", "storegrid", "utmstack");

  /** {@code target/classes/META-INF/portcullis}. */
  public static Path root() {
    Path root = Path.of("target", "classes", "META-INF", "portcullis").toAbsolutePath();
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException(root + " is missing: compile product-defs first");
    }
    return root;
  }

  public static Path resolve(String relative) {
    return root().resolve(relative);
  }
}
