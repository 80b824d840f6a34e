package dev.portcullis.it.userproject;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README shows the very configuration the scratch user project is built from. */
class ReadmeSnippetsTest {
  @Test
  void theReadmeShowsTheScratchProjectsConfigurationVerbatim() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Use Portcullis in your own repository");
    assertTrue(section >= 0, "README.md has no section 'Use Portcullis in your own repository'");
    String rest = readme.substring(section);
    for (Map.Entry<String, String> snippet : Map.of("properties", ReadmeSnippets.PROPERTIES,
        "dependency", ReadmeSnippets.DEPENDENCY, "plugins", ReadmeSnippets.PLUGINS).entrySet()) {
      assertTrue(rest.contains("```xml\n" + snippet.getValue() + "```\n"),
          "README.md's section does not show the scratch project's " + snippet.getKey() + " verbatim:\n"
              + snippet.getValue());
    }
  }
}
