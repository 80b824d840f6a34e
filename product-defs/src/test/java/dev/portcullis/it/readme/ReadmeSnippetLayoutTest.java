package dev.portcullis.it.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's repository layout names only what exists: each entry is a path (or a
 * comma-separated list of paths) at the start of a line, under the directory entry above it
 * with less indentation; the text after two spaces describes it.
 */
class ReadmeSnippetLayoutTest {
  /** Lines indented this far or more continue the description of the entry above. */
  private static final int DESCRIPTION_COLUMN = 16;

  @Test
  @RunsReadmeSnippet("repository-layout")
  void everyPathOfTheLayoutExists() {
    List<String> paths = paths(Readme.snippet("repository-layout"));
    assertTrue(paths.size() > 10, "the layout lists the repository's paths: " + paths);
    Path root = Checkout.repository();
    List<String> missing = paths.stream().filter(p -> !Files.exists(root.resolve(p))).toList();
    assertEquals(List.of(), missing, "README.md's repository layout names paths that do not exist");
  }

  @Test
  void entriesNestUnderTheDirectoryAboveThem() {
    assertEquals(List.of("pom.xml", "mvnw", ".mvn/", "processor/", "processor/annotations/",
        "processor/annotations/src/main/java/", "processor/src/", "product-defs/", ".ci/test"), paths("""
        pom.xml                 parent POM
        mvnw, .mvn/             the Maven wrapper
        processor/              the artifact (shaded; it compiles the
                                annotations module's sources in)
          annotations/          the artifact
            src/main/java/      what definitions write
          src/                  sources
        product-defs/           the seed products
        .ci/test                the test command
        """));
  }

  static List<String> paths(String layout) {
    List<String> paths = new ArrayList<>();
    Deque<Integer> indents = new ArrayDeque<>();
    Deque<String> parents = new ArrayDeque<>();
    for (String line : layout.lines().toList()) {
      int indent = line.length() - line.stripLeading().length();
      if (line.isBlank() || indent >= DESCRIPTION_COLUMN) {
        continue;
      }
      while (!indents.isEmpty() && indents.peek() >= indent) {
        indents.pop();
        parents.pop();
      }
      String prefix = parents.isEmpty() ? "" : parents.peek();
      String entry = line.strip().split("\\s{2,}", 2)[0];
      for (String name : entry.split(",\\s*")) {
        String path = prefix + name.strip();
        paths.add(path);
        if (path.endsWith("/") && !entry.contains(",")) {
          indents.push(indent);
          parents.push(path);
        }
      }
    }
    return paths;
  }
}
