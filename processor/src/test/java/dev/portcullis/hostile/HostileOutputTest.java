package dev.portcullis.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random valid products with hostile text in every free-text field, rendered by every registered
 * target: each file must parse with its consumer's parser into the same structure as the file of
 * the product's marker twin, and each text must read back literally or reduced by the rule the
 * target documents ({@link TargetRules}). The seed is fixed so CI runs are reproducible; jqwik
 * shrinks a failure to its smallest product and prints it.
 *
 * <p>The full run (1,000 products) is tagged {@code slow}: {@code .ci/test} runs it
 * ({@code -Dportcullis.tests=all}); the processor's default test run (the fast lane) runs the
 * first {@value #FAST_TRIES} products of the same seed instead.
 */
class HostileOutputTest {
  /** Change to explore new cases locally; CI keeps it fixed. */
  static final String SEED = "7201326";
  /** Products the fast lane tries; the full run tries 1,000. */
  static final int FAST_TRIES = 100;

  private static final AtomicLong PRODUCTS = new AtomicLong();
  private static final AtomicLong FILES = new AtomicLong();
  private static final AtomicLong TEXTS = new AtomicLong();

  @Provide
  Arbitrary<Blueprint> products() {
    return HostileProducts.blueprints();
  }

  @Property(tries = 1000, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
  @Tag("slow")
  void everyOutputReadsBackWithTheSameStructureAndText(@ForAll("products") Blueprint blueprint) throws Exception {
    check(blueprint);
  }

  /** The fast lane's sample: the same check on fewer products. */
  @Property(tries = FAST_TRIES, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
  void aSampleOfOutputsReadsBackWithTheSameStructureAndText(@ForAll("products") Blueprint blueprint)
      throws Exception {
    check(blueprint);
  }

  private void check(Blueprint blueprint) throws Exception {
    Twins twins = Twins.of(blueprint);
    Outputs hostile = Outputs.of(twins.hostile());
    Outputs twin = Outputs.of(twins.twin());
    TextCheck check = new TextCheck(twins.texts());
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> target : twin.filesByTarget().entrySet()) {
      Map<String, String> hostileFiles = hostile.filesByTarget().get(target.getKey());
      assertEquals(target.getValue().keySet(), hostileFiles.keySet(), target.getKey() + " wrote other files");
      TextCheck.Rules rules = TargetRules.of(target.getKey(), twins.hostile());
      for (Map.Entry<String, String> file : target.getValue().entrySet()) {
        String path = file.getKey();
        Object twinTree = Consumers.parse(path, file.getValue());
        Object hostileTree;
        try {
          hostileTree = Consumers.parse(path, hostileFiles.get(path));
        } catch (Exception e) {
          failures.add(path + " does not parse: " + e.getMessage());
          continue;
        }
        check.tree(path, "", hostileTree, twinTree, rules);
        FILES.incrementAndGet();
      }
    }
    assertEquals(twin.findingsByTarget(), hostile.findingsByTarget(), "the findings depend on the text");
    failures.addAll(check.failures());
    PRODUCTS.incrementAndGet();
    TEXTS.addAndGet(check.strings());
    if (!failures.isEmpty()) {
      keep(hostile, twin);
      throw new AssertionError(String.join("\n", failures));
    }
  }

  /** Keeps the outputs of the last failing product (the shrunk one) for reading: target/hostile-failure. */
  private static void keep(Outputs hostile, Outputs twin) throws java.io.IOException {
    java.nio.file.Path root = java.nio.file.Path.of("target", "hostile-failure");
    for (String side : List.of("hostile", "twin")) {
      Outputs outputs = side.equals("hostile") ? hostile : twin;
      for (Map<String, String> files : outputs.filesByTarget().values()) {
        for (Map.Entry<String, String> file : files.entrySet()) {
          java.nio.file.Path path = root.resolve(side).resolve(file.getKey());
          java.nio.file.Files.createDirectories(path.getParent());
          java.nio.file.Files.writeString(path, file.getValue());
        }
      }
    }
  }

  @AfterContainer
  static void report() {
    System.out.printf("hostile input: %d products, %d files read back, %d texts compared, targets %s (seed %s)%n",
        PRODUCTS.get(), FILES.get(), TEXTS.get(), Outputs.targets().stream().map(t -> t.name()).toList(), SEED);
  }
}
