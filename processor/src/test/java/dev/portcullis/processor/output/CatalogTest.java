package dev.portcullis.processor.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.descriptor.Catalog;
import dev.portcullis.descriptor.FlowDescriptor;
import dev.portcullis.descriptor.PortSpan;
import dev.portcullis.descriptor.ProductDescriptor;
import dev.portcullis.processor.testing.DiskJavac;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated descriptors compile, are registered in
 * {@code META-INF/services/dev.portcullis.descriptor.ProductDescriptor}, are found by
 * {@link Catalog}, and carry the same model as {@code model/<product>.json}.
 */
class CatalogTest {
  private static final Path DEFINITIONS = Path.of("src/test/resources/definitions");

  @Test
  void catalogFindsEveryCompiledDescriptorAndTheyMatchTheModelJson(@TempDir Path work) throws Exception {
    DiskJavac.Result r = DiskJavac.compile(work, List.of(
        DEFINITIONS.resolve("tiny/Tiny.java"), DEFINITIONS.resolve("kitchen/KitchenSink.java")), List.of());
    assertTrue(r.success(), r.describe());
    assertEquals("kitchen.KitchenSinkDescriptor\ntiny.TinyDescriptor\n", new String(
        r.resources().get("META-INF/services/dev.portcullis.descriptor.ProductDescriptor"), StandardCharsets.UTF_8));

    try (URLClassLoader loader = new URLClassLoader(new URL[] {r.classes().toUri().toURL()},
        CatalogTest.class.getClassLoader())) {
      List<ProductDescriptor> all = Catalog.load(loader);
      assertEquals(List.of("kitchen_sink", "tiny"), all.stream().map(ProductDescriptor::id).toList());

      ProductDescriptor kitchen = all.get(0);
      assertEquals("kitchen.KitchenSink", kitchen.source());
      Class<?> type = loader.loadClass("kitchen.KitchenSinkDescriptor");
      assertEquals(9443, type.getField("ADMIN").getInt(null), "constant of the @Flow on KitchenSink.ADMIN");
      assertEquals(5672, type.getField("JOBS").getInt(null), "default of a configurable port");
      assertEquals("kitchen_sink", type.getField("ID").get(null));

      JsonNode model = new ObjectMapper().readTree(r.outputs().get("model/kitchen_sink.json"));
      assertEquals(ids(model.get("components")), kitchen.components());
      assertEquals(model.get("flows").size(), kitchen.flows().size());
      List<String> fromJson = new ArrayList<>();
      model.get("flows").forEach(f -> fromJson.add(f.get("component").asText() + "/" + f.get("id").asText()));
      assertEquals(fromJson, kitchen.flows().stream().map(f -> f.component() + "/" + f.id()).toList());
      FlowDescriptor runners = kitchen.flows().stream().filter(f -> f.id().equals("runners")).findFirst().orElseThrow();
      assertEquals(List.of(new PortSpan(9001, 9002)), runners.ports(), "instances 1..2 at base 9000");
      assertEquals(ids(model.get("zones")), kitchen.zones().stream().map(z -> z.id()).toList());
      assertEquals(ids(model.get("features")), kitchen.features().stream().map(f -> f.id()).toList());
    }
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.get("id").asText()));
    return ids;
  }
}
