package dev.portcullis.it.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portcullis.descriptor.Catalog;
import dev.portcullis.descriptor.ProductDescriptor;
import dev.portcullis.products.StorageOsDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java descriptors JavaPoet generates for the seed products, held against golden files
 * (regenerate with {@code -Dportcullis.updateGolden=true}), and read back through the catalog.
 */
class DescriptorGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "descriptors");
  private static final Path GENERATED = Path.of("target", "generated-sources", "annotations", "dev", "portcullis", "products");

  @Test
  void generatedDescriptorsEqualTheGoldenFiles() throws IOException {
    List<Path> generated;
    try (Stream<Path> files = Files.list(GENERATED)) {
      generated = files.filter(p -> p.toString().endsWith("Descriptor.java")).sorted().toList();
    }
    assertEquals(5, generated.size(), "one descriptor per seed product");
    for (Path source : generated) {
      Path golden = GOLDEN.resolve(source.getFileName() + ".golden");
      if (Boolean.getBoolean("portcullis.updateGolden")) {
        Files.copy(source, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      assertEquals(Files.readString(golden), Files.readString(source), source.getFileName() + " differs from its golden file");
    }
  }

  @Test
  void catalogFindsEverySeedAndConstantsMatchTheModel() {
    assertEquals(List.of("brickstor_sp", "mysterium_node", "storageos", "storegrid", "utmstack"),
        Catalog.load().stream().map(ProductDescriptor::id).toList());
    ProductDescriptor storageos = Catalog.find("storageos").orElseThrow();
    assertEquals(StorageOsDescriptor.REST_API, storageos.flows().stream()
        .filter(f -> f.id().equals("rest_api")).findFirst().orElseThrow().ports().get(0).from());
    assertEquals(5705, StorageOsDescriptor.REST_API);
  }
}
