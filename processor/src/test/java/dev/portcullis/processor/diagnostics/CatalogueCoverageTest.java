package dev.portcullis.processor.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.diagnostics.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message of the catalogue is asserted by some test (named as {@code Message.X} in a test
 * source, or expected by a bad definition of the corpus), and ids are unique kebab-case: a new
 * message without a test fails here.
 */
class CatalogueCoverageTest {
  private static final Path TESTS = Path.of("src/test/java");
  private static final Path CORPUS = Path.of("src/test/resources/bad-definitions");

  @Test
  void everyMessageIsAssertedByATest() throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path root : List.of(TESTS, CORPUS)) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          all.append(Files.readString(f)).append('\n');
        }
      }
    }
    String text = all.toString();
    List<String> untested = new ArrayList<>();
    for (Message m : Message.values()) {
      boolean named = text.contains("Message." + m.name() + ".") || text.contains("Message." + m.name() + ",")
          || text.contains("expect: " + m.id());
      if (!named) {
        untested.add(m.name());
      }
    }
    assertEquals(List.of(), untested, "messages no test asserts");
  }

  @Test
  void idsAreUniqueAndKebabCase() {
    Set<String> ids = new HashSet<>();
    for (Message m : Message.values()) {
      assertTrue(m.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), m.id());
      assertTrue(ids.add(m.id()), "duplicate id " + m.id());
      assertTrue(m.format(new Object[16]).startsWith("[portcullis:" + m.id() + "] "), m.id());
    }
  }
}
