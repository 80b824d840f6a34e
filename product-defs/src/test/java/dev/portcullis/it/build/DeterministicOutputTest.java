package dev.portcullis.it.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.it.GeneratedOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two compilations of the seed definitions, in shuffled source order, with the shaded processor
 * jar, give byte-identical output for every target and the Java descriptors, equal to this
 * module's own build.
 */
class DeterministicOutputTest {
  @TempDir Path work;

  @Test
  void shuffledBuildsGiveIdenticalBytes() throws IOException {
    List<Path> sources;
    try (Stream<Path> s = Files.walk(Path.of("src", "main", "java"))) {
      sources = new ArrayList<>(s.filter(p -> p.toString().endsWith(".java")).sorted().toList());
    }
    assertTrue(sources.size() >= 5, "seed definitions found");
    Map<String, String> first = compile(sources, work.resolve("a"));
    Collections.reverse(sources);
    Collections.shuffle(sources, new Random(7));
    Map<String, String> second = compile(sources, work.resolve("b"));
    assertEquals(first.keySet(), second.keySet());
    first.forEach((path, hash) -> assertEquals(hash, second.get(path), path + " differs between builds"));

    // the build's own output directory (-Aportcullis.outputDir), less what the processor did not
    // write there (its manifest; generated-examples/README.md)
    Map<String, String> fromBuild = digests(GeneratedOutput.root(), "META-INF/portcullis/");
    fromBuild.keySet().removeIf(p -> p.equals("META-INF/portcullis/.portcullis-manifest")
        || p.equals("META-INF/portcullis/README.md"));
    fromBuild.forEach((path, hash) -> assertEquals(hash, first.get(path), path + " differs from the Maven build"));
    assertEquals(first.keySet().stream().filter(p -> p.startsWith("META-INF/portcullis/")).toList(),
        List.copyOf(fromBuild.keySet()), "the build generated the same files");
    assertTrue(first.keySet().stream().anyMatch(p -> p.endsWith("Descriptor.java")));
  }

  private static Map<String, String> compile(List<Path> sources, Path out) throws IOException {
    Path classes = Files.createDirectories(out.resolve("classes"));
    Path generated = Files.createDirectories(out.resolve("generated"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String jar = ProcessorJarTest.processorJar().toString();
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-s", generated.toString(),
        "-classpath", jar, "-processorpath", jar, "--release", "17", "-encoding", "UTF-8"));
    sources.forEach(p -> args.add(p.toString()));
    int status = javac.run(null, null, null, args.toArray(String[]::new));
    assertEquals(0, status, "javac failed");
    Map<String, String> digests = new TreeMap<>(digests(classes.resolve("META-INF/portcullis"), "META-INF/portcullis/"));
    digests.putAll(digests(generated, "src/"));
    return digests;
  }

  private static Map<String, String> digests(Path root, String prefix) throws IOException {
    Map<String, String> result = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        result.put(prefix + root.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
      }
    }
    return result;
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
