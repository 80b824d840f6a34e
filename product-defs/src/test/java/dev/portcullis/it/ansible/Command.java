package dev.portcullis.it.ansible;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command to completion (output merged, bounded by a timeout) and says how it went. */
public record Command(List<String> argv, int exitCode, String output) {
  public static Command run(Path dir, Map<String, String> env, int timeoutSeconds, List<String> argv) {
    try {
      Path log = Files.createTempFile("pca-cmd", ".log");
      try {
        ProcessBuilder builder = new ProcessBuilder(argv).directory(dir == null ? null : dir.toFile())
            .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("SSH_CONNECTION"); // the role would read the test runner's SSH session
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly().waitFor();
          return new Command(argv, -1, Files.readString(log, StandardCharsets.UTF_8)
              + "\n!!! timed out after " + timeoutSeconds + " s");
        }
        return new Command(argv, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + argv, e);
    }
  }

  public static Command run(Path dir, int timeoutSeconds, String... argv) {
    return run(dir, Map.of(), timeoutSeconds, List.of(argv));
  }

  public boolean ok() {
    return exitCode == 0;
  }

  /** The command line and its output, for assertion messages. */
  public String describe() {
    List<String> quoted = new ArrayList<>();
    for (String a : argv) {
      quoted.add(a.contains(" ") ? "'" + a + "'" : a);
    }
    return "$ " + String.join(" ", quoted) + "\n(exit " + exitCode + ")\n" + output;
  }
}
