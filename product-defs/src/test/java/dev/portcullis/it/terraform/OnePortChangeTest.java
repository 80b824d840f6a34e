package dev.portcullis.it.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module is data plus fixed logic: two definitions that differ in one port (the lab's web
 * flow on 443, then 444) give modules whose Terraform code differs in one line, the rule's row in
 * {@code rules.tf}; only the README's tables name the port besides. {@code main.tf} and the
 * {@code modules/rules} files are the same for every product.
 */
class OnePortChangeTest {
  @TempDir static Path work;

  @Test
  void aOnePortChangeIsAOneLineDiffOfTheModule() throws IOException {
    Path before = module("before", LabDefinition.FLOWS);
    List<String> flows = LabDefinition.FLOWS.stream().map(f -> f.replace("ports = {80, 443}", "ports = {80, 444}")).toList();
    assertTrue(!flows.equals(LabDefinition.FLOWS), "the lab's web flow is on 80 and 443");
    Path after = module("after", flows);

    List<String> tfDiff = new ArrayList<>();
    List<String> readmeDiff = new ArrayList<>();
    for (Path file : files(before)) {
      String name = before.relativize(file).toString();
      List<String> a = Files.readAllLines(file);
      List<String> b = Files.readAllLines(after.resolve(name));
      assertEquals(a.size(), b.size(), name + " changed its length");
      for (int i = 0; i < a.size(); i++) {
        if (!a.get(i).equals(b.get(i))) {
          (name.endsWith(".tf") ? tfDiff : readmeDiff).add(name + ":" + (i + 1) + ": " + a.get(i) + " -> " + b.get(i));
        }
      }
    }
    assertEquals(1, tfDiff.size(), "the Terraform code differs in:\n" + String.join("\n", tfDiff));
    assertTrue(tfDiff.get(0).startsWith("rules.tf:") && tfDiff.get(0).contains("web_tcp_444_from_internet"),
        tfDiff.get(0));
    for (String line : readmeDiff) {
      assertTrue(line.contains("443") && line.contains("444"), "a README line that is not about the port: " + line);
    }
    assertEquals(Files.readString(before.resolve("main.tf")), Files.readString(after.resolve("main.tf")));
  }

  private static Path module(String variant, List<String> flows) {
    return DefinitionCompiler.compile(work.resolve(variant), "lab.Lab", LabDefinition.source(flows, LabDefinition.CONSTANTS))
        .resolve("terraform/aws/lab");
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
