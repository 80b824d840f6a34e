package dev.portcullis.it.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two artifacts a user adds: the processor (shaded, relocated, registered for javac and
 * Gradle) and the annotations (the annotations and the descriptor API, nothing else, no
 * dependencies).
 */
class ProcessorJarTest {
  static Path annotationsJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "processor", "annotations", "target"))) {
      return files.filter(p -> p.getFileName().toString().matches("portcullis-annotations-[^-]+(-SNAPSHOT)?\\.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException("annotations jar not built"));
    }
  }

  static Path processorJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "processor", "target"))) {
      return files.filter(p -> p.getFileName().toString().matches("portcullis-processor-[^-]+(-SNAPSHOT)?\\.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException("processor jar not built"));
    }
  }

  @Test
  void holdsNoClassOutsideDevPortcullis() throws IOException {
    try (JarFile jar = new JarFile(processorJar().toFile())) {
      List<String> foreign = jar.stream().map(e -> e.getName())
          .filter(n -> n.endsWith(".class") && !n.startsWith("dev/portcullis/")).toList();
      assertEquals(List.of(), foreign);
      assertTrue(jar.stream().anyMatch(e -> e.getName().startsWith("dev/portcullis/shaded/jackson/")),
          "Jackson is shaded under dev.portcullis");
    }
  }

  @Test
  void isRegisteredForJavacAndGradle() throws IOException {
    try (JarFile jar = new JarFile(processorJar().toFile())) {
      String services = new String(jar.getInputStream(jar.getEntry(
          "META-INF/services/javax.annotation.processing.Processor")).readAllBytes());
      assertEquals("dev.portcullis.processor.PortcullisProcessor", services.strip());
      String gradle = new String(jar.getInputStream(jar.getEntry(
          "META-INF/gradle/incremental.annotation.processors")).readAllBytes());
      assertEquals("dev.portcullis.processor.PortcullisProcessor,AGGREGATING", gradle.strip());
    }
  }

  @Test
  void theAnnotationsArtifactHoldsOnlyTheAnnotationsAndTheDescriptorApi() throws IOException {
    try (JarFile jar = new JarFile(annotationsJar().toFile())) {
      List<String> classes = jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).toList();
      assertEquals(List.of(), classes.stream().filter(n -> !n.startsWith("dev/portcullis/annotations/")
          && !n.startsWith("dev/portcullis/descriptor/")).toList());
      assertTrue(classes.contains("dev/portcullis/annotations/Product.class"), classes.toString());
      assertTrue(classes.contains("dev/portcullis/descriptor/ProductDescriptor.class"), classes.toString());
      assertEquals(null, jar.getEntry("META-INF/services/javax.annotation.processing.Processor"),
          "the annotations artifact must not register the processor");
    }
    String pom = Files.readString(Path.of("..", "processor", "annotations", "pom.xml"));
    assertTrue(!pom.contains("<dependencies>") && !pom.contains("<dependency>"), "portcullis-annotations has no dependencies");
  }

  @Test
  void theProcessorEmbedsTheAnnotationsItReads() throws IOException {
    try (JarFile jar = new JarFile(processorJar().toFile())) {
      assertTrue(jar.getEntry("dev/portcullis/annotations/Product.class") != null);
      assertTrue(jar.getEntry("dev/portcullis/descriptor/ProductDescriptor.class") != null);
    }
  }
}
