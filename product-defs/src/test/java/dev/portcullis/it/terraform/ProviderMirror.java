package dev.portcullis.it.terraform;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Finds the machine's offline Terraform provider mirror: the directory that holds
 * {@code registry.terraform.io/hashicorp/aws}. Tried in order: {@code PORTCULLIS_TF_MIRROR},
 * the usual places, then a search of the file system to depth 4 (as
 * {@code find / -maxdepth 4 -type d -path '*}{@code /registry.terraform.io/hashicorp'} does).
 */
final class ProviderMirror {
  private static final Path AWS = Path.of("registry.terraform.io", "hashicorp", "aws");

  private ProviderMirror() {}

  static Optional<Path> find() {
    List<Path> candidates = new ArrayList<>();
    String env = System.getenv("PORTCULLIS_TF_MIRROR");
    if (env != null && !env.isBlank()) {
      candidates.add(Path.of(env));
    }
    String home = System.getProperty("user.home");
    candidates.add(Path.of("/opt/tf-plugins"));
    candidates.add(Path.of(home, ".terraform.d", "plugins"));
    candidates.add(Path.of(home, ".local", "share", "terraform", "plugins"));
    candidates.add(Path.of("/usr/local/share/terraform/plugins"));
    candidates.add(Path.of("/usr/share/terraform/plugins"));
    for (Path candidate : candidates) {
      if (Files.isDirectory(candidate.resolve(AWS))) {
        return Optional.of(candidate);
      }
    }
    return search(Path.of("/"));
  }

  /** A walk of the file system to the depth the mirror's {@code hashicorp} directory may lie at. */
  private static Optional<Path> search(Path root) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), 4, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (dir.startsWith("/proc") || dir.startsWith("/sys") || dir.startsWith("/dev")) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          check(dir);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isDirectory()) { // at the depth limit directories are reported as files
            check(file);
          }
          return FileVisitResult.CONTINUE;
        }

        private void check(Path dir) {
          if (dir.endsWith(Path.of("registry.terraform.io", "hashicorp")) && Files.isDirectory(dir.resolve("aws"))) {
            found.add(dir.getParent().getParent());
          }
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      return Optional.empty();
    }
    return found.stream().sorted().findFirst();
  }
}
