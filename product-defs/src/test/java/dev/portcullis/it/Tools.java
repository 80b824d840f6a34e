package dev.portcullis.it;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * External tools the real-tool tests need (ansible-lint, terraform, kubectl, ip netns...). A
 * missing tool is said loudly; under {@code CI=true} it fails the test instead of skipping it,
 * because the README promises CI runs every tool.
 */
public final class Tools {
  private Tools() {}

  public static boolean isCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** The tool's path on the PATH, or null. */
  public static Path find(String command) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, command);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** Requires {@code command}: fails under CI, otherwise skips with a loud message. */
  public static Path require(String command, String why) {
    Path found = find(command);
    if (found == null) {
      missing(command + " is not on the PATH (" + why + "); install it (bash .ci/test installs it as root)");
    }
    return found;
  }

  /** Requires root (network namespaces, iptables inside them). */
  public static void requireRoot(String why) {
    boolean root;
    try {
      root = "0".equals(new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes()).strip());
    } catch (IOException e) {
      root = false;
    }
    if (!root) {
      missing("this test needs root (" + why + ")");
    }
  }

  private static void missing(String message) {
    String loud = "\n!!! PORTCULLIS TEST TOOL MISSING: " + message + " !!!\n";
    System.err.println(loud);
    if (isCi()) {
      fail(loud + "Under CI=true a missing tool is a failure.");
    }
    assumeTrue(false, loud);
  }
}
