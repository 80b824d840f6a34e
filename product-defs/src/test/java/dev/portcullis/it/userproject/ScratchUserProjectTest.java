package dev.portcullis.it.userproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.portcullis.it.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tries Portcullis the way a new user would: a scratch Maven project outside the reactor that
 * depends only on the installed processor artifact (one {@code provided} dependency plus
 * {@code annotationProcessorPaths}), compiles one definition, and finds its outputs. Needs the
 * artifact installed by {@code ./mvnw install} (the README's test command does that before this
 * module's tests run).
 */
class ScratchUserProjectTest {
  private static final String VERSION = System.getProperty("portcullis.version", "0.1.0-SNAPSHOT");

  @TempDir Path project;

  @Test
  void aScratchProjectGetsEveryOutputFromTheInstalledArtifactAlone() throws Exception {
    Path installed = installedJar();
    Files.createDirectories(project.resolve("src/main/java/com/example"));
    Files.writeString(project.resolve("pom.xml"), pom());
    Files.writeString(project.resolve("src/main/java/com/example/Shop.java"), """
        package com.example;

        import dev.portcullis.annotations.Component;
        import dev.portcullis.annotations.Flow;
        import dev.portcullis.annotations.Product;
        import dev.portcullis.annotations.Zone;

        @Product(id = "shop", title = "Shop")
        @Component(id = "web", description = "Web front end")
        @Zone(id = "customers", description = "Anyone", isPublic = true, ipv4 = "0.0.0.0/0", ipv6 = "::/0")
        public final class Shop {
          @Flow(id = "https", service = "HTTPS", purpose = "Storefront", component = "web", peerZone = "customers")
          public static final int HTTPS = 443;
        }
        """);
    String output = maven("-B", "-ntp", "package");

    Path out = project.resolve("target/classes/META-INF/portcullis");
    assertTrue(Files.isRegularFile(out.resolve("model/shop.json")), "model JSON missing:\n" + output);
    assertTrue(Files.isRegularFile(project.resolve("target/classes/com/example/ShopDescriptor.class")),
        "Java descriptor missing:\n" + output);
    assertTrue(Files.readString(project.resolve("target/classes/META-INF/services/dev.portcullis.descriptor.ProductDescriptor"))
        .contains("com.example.ShopDescriptor"));
    for (String target : List.of("ansible", "terraform", "kubernetes", "docs")) {
      if (Files.isDirectory(Path.of("target/classes/META-INF/portcullis", target))) {
        assertTrue(Files.isDirectory(out.resolve(target)), target + " output missing in the scratch project");
      }
    }

    // nothing but the processor reaches the user's compile classpath
    Path cp = project.resolve("cp.txt");
    maven("-B", "-ntp", "-q", "dependency:build-classpath", "-Dmdep.outputFile=" + cp, "-Dmdep.includeScope=compile");
    List<String> entries = Arrays.stream(Files.readString(cp).strip().split(java.io.File.pathSeparator))
        .filter(s -> !s.isBlank()).toList();
    assertEquals(List.of(installed.toString()), entries.stream().map(p -> Path.of(p).toString()).toList());
  }

  private static Path installedJar() throws IOException {
    Path repo = Path.of(System.getProperty("user.home"), ".m2", "repository");
    Path jar = repo.resolve("dev/portcullis/portcullis-processor/" + VERSION + "/portcullis-processor-" + VERSION + ".jar");
    Path built = Path.of("..", "processor", "target", "portcullis-processor-" + VERSION + ".jar");
    if (!Files.isRegularFile(jar) || (Files.isRegularFile(built) && Files.mismatch(jar, built) != -1)) {
      String why = "the processor artifact in ~/.m2 is missing or older than this build: run ./mvnw install";
      if (Tools.isCi()) {
        fail(why);
      }
      System.err.println("\n!!! PORTCULLIS SCRATCH PROJECT TEST SKIPPED: " + why + " !!!\n");
      Assumptions.assumeTrue(false, why);
    }
    return jar.toAbsolutePath();
  }

  private String maven(String... args) throws Exception {
    Path mvnw = Path.of("..", "mvnw").toAbsolutePath().normalize();
    List<String> command = new java.util.ArrayList<>(List.of(mvnw.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      fail("mvn " + String.join(" ", args) + " failed in the scratch project:\n" + output);
    }
    return output;
  }

  private static String pom() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>shop-firewall</artifactId>
          <version>1.0</version>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <dependencies>
            <dependency>
              <groupId>dev.portcullis</groupId>
              <artifactId>portcullis-processor</artifactId>
              <version>VERSION</version>
              <scope>provided</scope>
            </dependency>
          </dependencies>
          <build>
            <plugins>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>3.13.0</version>
                <configuration>
                  <annotationProcessorPaths>
                    <path>
                      <groupId>dev.portcullis</groupId>
                      <artifactId>portcullis-processor</artifactId>
                      <version>VERSION</version>
                    </path>
                  </annotationProcessorPaths>
                </configuration>
              </plugin>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-surefire-plugin</artifactId>
                <version>3.5.2</version>
              </plugin>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-resources-plugin</artifactId>
                <version>3.3.1</version>
              </plugin>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-jar-plugin</artifactId>
                <version>3.4.2</version>
              </plugin>
            </plugins>
          </build>
        </project>
        """.replace("VERSION", VERSION);
  }
}
