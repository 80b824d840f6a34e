package dev.portcullis.it.readme;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a shell block of the README as a user would: its text, line for line, with bash
 * ({@code set -euo pipefail}) in a directory the test prepared. The only differences are the
 * ones the test names with {@link #replace}, each with its reason (a placeholder such as
 * {@code <product>}, a command that needs a cluster or a second full build); each must still
 * match the README, so a changed block fails here rather than being run half-way.
 */
public final class ShellSnippet {
  private static final Pattern PLACEHOLDER = Pattern.compile("<[a-z][a-z ]*>");
  private static final long TIMEOUT_SECONDS = 300;

  private final Readme.Snippet snippet;
  private String script;
  private final List<String> changes = new ArrayList<>();
  private final Map<String, String> environment = new LinkedHashMap<>();

  private ShellSnippet(Readme.Snippet snippet) {
    this.snippet = snippet;
    this.script = snippet.text();
  }

  public static ShellSnippet of(String id) {
    Readme.Snippet snippet = Readme.load().find(id).orElseThrow(() -> new AssertionError(
        "README.md has no fenced block marked <!-- snippet: " + id + " -->"));
    return new ShellSnippet(snippet);
  }

  /** Replaces {@code text} (which the block must contain) by {@code with}, because {@code why}. */
  public ShellSnippet replace(String text, String with, String why) {
    if (!script.contains(text)) {
      fail(snippet.where() + " no longer contains `" + text + "`, which its test replaces (" + why
          + "); update the test to the new text:\n" + snippet.text());
    }
    script = script.replace(text, with);
    changes.add("`" + text + "` -> `" + with + "` (" + why + ")");
    return this;
  }

  /** Sets an environment variable of the run; null unsets it. */
  public ShellSnippet env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  public Readme.Snippet snippet() {
    return snippet;
  }

  /** Runs the block in {@code dir}; fails the test (with the script and its output) unless it exits 0. */
  public String run(Path dir) {
    Matcher left = PLACEHOLDER.matcher(script);
    if (left.find()) {
      fail(snippet.where() + " has a placeholder " + left.group() + " its test does not fill in:\n" + script);
    }
    try {
      Path file = Files.createTempFile("readme-snippet-" + snippet.id() + "-", ".sh");
      try {
        Files.writeString(file, "set -euo pipefail\n" + script, StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder("bash", file.toString()).directory(dir.toFile())
            .redirectErrorStream(true);
        // the JDK running the tests comes first: the README's javac is this JDK's
        Path javaBin = Path.of(System.getProperty("java.home"), "bin");
        builder.environment().put("PATH", javaBin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        environment.forEach((name, value) -> {
          if (value == null) {
            builder.environment().remove(name);
          } else {
            builder.environment().put(name, value);
          }
        });
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          fail(describe() + "took more than " + TIMEOUT_SECONDS + " s:\n" + output);
        }
        if (process.exitValue() != 0) {
          fail(describe() + "exited " + process.exitValue() + " in " + dir + ":\n" + output);
        }
        return output;
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new AssertionError(describe() + "could not run: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private String describe() {
    return snippet.where() + ", run as\n" + script.indent(4)
        + (changes.isEmpty() ? "" : "with these changes to the README's text:\n  " + String.join("\n  ", changes) + "\n");
  }
}
