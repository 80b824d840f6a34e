package dev.portcullis.processor.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.processor.testing.DiskJavac;
import dev.portcullis.format.Target;
import dev.portcullis.format.Targets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered target ({@link Targets#all()}, so a new target is covered without touching
 * this test) writes the same bytes whatever the source order, the default locale and time zone,
 * and whichever other targets run beside it. Sources: the test definitions
 * ({@code src/test/resources/definitions}) and the seed products of {@code product-defs}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeterminismTest {
  private static final Path TEST_DEFINITIONS = Path.of("src/test/resources/definitions");
  private static final Path SEEDS = Path.of("../product-defs/src/main/java/dev/portcullis/products");

  @TempDir static Path work;
  private List<Path> sources;
  private DiskJavac.Result reference;

  @BeforeAll
  void buildOnceInSortedOrder() throws IOException {
    sources = new ArrayList<>(javaFiles(TEST_DEFINITIONS));
    sources.addAll(javaFiles(SEEDS));
    assertTrue(sources.size() >= 7, "test definitions and the five seeds: " + sources);
    reference = DiskJavac.compile(work.resolve("reference"), sources, List.of());
    assertTrue(reference.success(), reference.describe());
    assertFalse(reference.outputs().isEmpty());
  }

  @Test
  void shuffledSourceOrderGivesIdenticalBytes() {
    List<Path> shuffled = new ArrayList<>(sources);
    Collections.reverse(shuffled);
    Collections.shuffle(shuffled, new Random(20240611));
    DiskJavac.Result again = DiskJavac.compile(work.resolve("shuffled"), shuffled, List.of());
    assertSameBytes(reference.resources(), again.resources());
    assertSameBytes(reference.sources(), again.sources());
  }

  @Test
  void anotherLocaleAndTimeZoneGiveIdenticalBytes() {
    // Turkish dotless i breaks toUpperCase()/toLowerCase() without Locale.ROOT; German, number formats
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      for (Locale other : List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY)) {
        Locale.setDefault(other);
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
        DiskJavac.Result again = DiskJavac.compile(work.resolve("locale-" + other), sources, List.of());
        assertTrue(again.success(), again.describe());
        assertSameBytes(reference.resources(), again.resources());
        assertSameBytes(reference.sources(), again.sources());
      }
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  List<String> targets() {
    return Targets.all().stream().map(Target::name).toList();
  }

  /** A target alone writes files, and exactly the bytes it writes when every target runs. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void eachTargetAloneWritesTheSameBytesAsInTheFullBuild(String target) {
    DiskJavac.Result alone = DiskJavac.compile(work.resolve("only-" + target), sources,
        List.of("-Aportcullis.targets=" + target, "-Aportcullis.descriptors=false"));
    assertTrue(alone.success(), alone.describe());
    Map<String, byte[]> files = alone.outputs();
    // every product gets files from every target: a target silently skipping one would pass the byte checks
    List<String> products = reference.outputs().keySet().stream().filter(p -> p.startsWith("model/"))
        .map(p -> p.substring("model/".length(), p.length() - ".json".length())).toList();
    assertTrue(products.size() >= 7, products.toString());
    for (String product : products) {
      assertTrue(files.keySet().stream().anyMatch(p -> p.contains(product) || p.contains(product.replace('_', '-'))),
          "target " + target + " wrote nothing for product " + product);
    }
    files.forEach((path, bytes) -> {
      assertTrue(reference.outputs().containsKey(path), target + " alone wrote " + path + ", the full build did not");
      assertTrue(Arrays.equals(bytes, reference.outputs().get(path)), target + ": " + path + " differs from the full build");
    });
  }

  private static void assertSameBytes(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, actual.get(path)), path + " differs"));
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }
}
