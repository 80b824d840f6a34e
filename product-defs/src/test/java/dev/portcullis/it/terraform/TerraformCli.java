package dev.portcullis.it.terraform;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.portcullis.it.Tools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Terraform offline: a CLI configuration that installs providers only from the machine's
 * filesystem mirror, {@code -input=false -no-color}, no update checks. Each run works in its own
 * directory, so runs are parallel-safe; {@code init}s go one at a time through a shared plugin
 * cache (Terraform's cache is not safe for concurrent writers; an unpacked mirror is only
 * symlinked, so an init takes well under a second).
 */
public final class TerraformCli {
  private static final Object INIT_LOCK = new Object();
  private static final long TIMEOUT_SECONDS = 300;

  private final Path terraform;
  private final Path cliConfig;

  private TerraformCli(Path terraform, Path cliConfig) {
    this.terraform = terraform;
    this.cliConfig = cliConfig;
  }

  /** Terraform and its offline configuration; missing either is loud (a failure under CI=true). */
  public static TerraformCli require() {
    Path terraform = Tools.require("terraform", "terraform fmt/validate/plan of the generated modules");
    Path mirror = ProviderMirror.find().orElse(null);
    if (mirror == null) {
      String loud = "\n!!! PORTCULLIS TEST TOOL MISSING: no Terraform provider mirror with"
          + " registry.terraform.io/hashicorp/aws was found (set PORTCULLIS_TF_MIRROR) !!!\n";
      System.err.println(loud);
      if (Tools.isCi()) {
        fail(loud + "Under CI=true a missing tool is a failure.");
      }
      assumeTrue(false, loud);
    }
    try {
      Path dir = Files.createDirectories(Path.of("target", "terraform").toAbsolutePath());
      Path cache = Files.createDirectories(dir.resolve("plugin-cache"));
      Path config = dir.resolve("terraform.rc");
      Files.writeString(config, """
          provider_installation {
            filesystem_mirror {
              path = %s
            }
          }
          plugin_cache_dir = %s
          disable_checkpoint = true
          """.formatted(quote(mirror), quote(cache)), StandardCharsets.UTF_8);
      return new TerraformCli(terraform, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quote(Path path) {
    return "\"" + path.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** {@code terraform init} from the mirror only, one at a time. */
  public String init(Path dir) {
    synchronized (INIT_LOCK) {
      return run(dir, "init", "-input=false", "-no-color", "-backend=false");
    }
  }

  /** Runs {@code terraform args...} in {@code dir}; fails the test with the output unless it exits 0. */
  public String run(Path dir, String... args) {
    Result result = tryRun(dir, args);
    if (result.exitCode() != 0) {
      fail("terraform " + String.join(" ", args) + " in " + dir + " exited " + result.exitCode() + ":\n"
          + result.output());
    }
    return result.output();
  }

  /**
   * The environment of every run (the offline CLI configuration), for a command this class does
   * not start itself, such as a README snippet run by bash; unset {@code TF_PLUGIN_CACHE_DIR} too.
   */
  public Map<String, String> environment() {
    return Map.of("TF_CLI_CONFIG_FILE", cliConfig.toString(), "TF_IN_AUTOMATION", "1", "TF_INPUT", "0",
        "CHECKPOINT_DISABLE", "1");
  }

  /** Runs {@code work} (which may run {@code terraform init} itself) while no init of this class runs. */
  public static <T> T aloneWithInits(java.util.function.Supplier<T> work) {
    synchronized (INIT_LOCK) {
      return work.get();
    }
  }

  /** The exit code and the output (stdout, then stderr). */
  public record Result(int exitCode, String output) {}

  public Result tryRun(Path dir, String... args) {
    List<String> command = new ArrayList<>();
    command.add(terraform.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    Map<String, String> env = builder.environment();
    env.putAll(environment());
    env.remove("TF_PLUGIN_CACHE_DIR");
    try {
      Path out = Files.createTempFile("terraform-out", ".txt");
      Path err = Files.createTempFile("terraform-err", ".txt");
      try {
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          fail("terraform " + String.join(" ", args) + " took more than " + TIMEOUT_SECONDS + " s in " + dir);
        }
        return new Result(process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
