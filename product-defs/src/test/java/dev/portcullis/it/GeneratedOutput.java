package dev.portcullis.it;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where this module's build wrote the processor's output (the layout of generated-examples/): the
 * directory of {@code -Aportcullis.outputDir}, which the build passes to the tests as the system
 * property {@code portcullis.outputDir} (generated-examples/, or target/portcullis-output with
 * {@code -Dportcullis.examples.skip=true}).
 */
public final class GeneratedOutput {
  private GeneratedOutput() {}

  public static final java.util.List<String> SEED_PRODUCTS =
      java.util.List.of("brickstor_sp", "mysterium_node", "storageos", "storegrid", "utmstack");

  /** The output directory of this module's build. */
  public static Path root() {
    String configured = System.getProperty("portcullis.outputDir");
    Path root = (configured == null || configured.isBlank()
        ? Path.of("..", "generated-examples")
        : Path.of(configured)).toAbsolutePath().normalize();
    if (!Files.isRegularFile(root.resolve(".portcullis-manifest"))) {
      throw new IllegalStateException(root + " holds no processor output (no .portcullis-manifest):"
          + " compile product-defs first");
    }
    return root;
  }

  public static Path resolve(String relative) {
    return root().resolve(relative);
  }
}
