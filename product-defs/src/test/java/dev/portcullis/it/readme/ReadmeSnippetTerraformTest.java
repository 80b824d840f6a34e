package dev.portcullis.it.readme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.it.GeneratedOutput;
import dev.portcullis.it.terraform.ModulePlan;
import dev.portcullis.it.terraform.TerraformCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Terraform: the example's init and plan, and the module call of "In your own
 * configuration", with Terraform offline (providers from the machine's mirror) and a mock AWS
 * provider for the plan (no account here).
 */
class ReadmeSnippetTerraformTest {
  private static final String MOCK = "portcullis_mock_provider_override.tf";

  @TempDir Path dir;

  @Test
  @RunsReadmeSnippet("terraform-example")
  void theExampleInitsAndPlansTheModule() throws Exception {
    TerraformCli terraform = TerraformCli.require();
    Path module = dir.resolve("generated-examples/terraform/aws/storageos");
    Checkout.copyTree(GeneratedOutput.resolve("terraform/aws/storageos"), module);
    Files.writeString(module.resolve("examples/basic").resolve(MOCK), ModulePlan.MOCK_PROVIDER);
    ShellSnippet snippet = ShellSnippet.of("terraform-example");
    terraform.environment().forEach(snippet::env);
    snippet.env("TF_PLUGIN_CACHE_DIR", null);
    // as a user runs it: in colour
    String output = TerraformCli.aloneWithInits(() -> snippet.run(dir)).replaceAll("\u001B\\[[0-9;]*m", "");
    Matcher plan = Pattern.compile("Plan: (\\d+) to add, 0 to change, 0 to destroy").matcher(output);
    assertTrue(plan.find() && Integer.parseInt(plan.group(1)) > 0, "terraform plan adds the module's groups:\n" + output);
  }

  /** The module call as written, beside a copy of the generated module where its source says. */
  @Test
  @RunsReadmeSnippet("terraform-module-call")
  void theModuleCallValidates() {
    TerraformCli terraform = TerraformCli.require();
    Checkout.copyTree(GeneratedOutput.resolve("terraform/aws/storageos"), dir.resolve("terraform/aws/storageos"));
    try {
      Files.writeString(dir.resolve("main.tf"), Readme.snippet("terraform-module-call"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    terraform.init(dir);
    terraform.run(dir, "validate", "-no-color");
  }
}
