package dev.portcullis.processor.write;

import dev.portcullis.format.GeneratedFile;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes a product's files to {@code CLASS_OUTPUT} under {@code META-INF/portcullis/}.
 *
 * <p>Why not {@link Filer#createResource} for every file: javac's Filer compares each new file
 * with every source file and every file it created before (a linear scan), so with about 35 files
 * per product the cost grows with the square of the number of products (measured: 58 of the
 * processor's 77 seconds at 1,000 products). So only the model JSON, the one file per product that
 * build tools must see as generated from the definition (Gradle records what {@code createResource}
 * writes), goes through {@code createResource} with the definition as its originating element.
 * The other files are located with {@link Filer#getResource} (no scan) and, when the location is a
 * directory (javac, Maven, Gradle), first written as hidden temporary siblings and moved into place
 * only once every file of the product is written, so a product that fails leaves no half-written
 * role or module. Where the location is not a directory (in-memory file managers in tests and
 * IDEs), every file goes through {@code createResource}.
 */
public final class OutputWriter {
  public static final String ROOT = "META-INF/portcullis/";
  private static final String TRACKED_PREFIX = "model/";
  private static final String STAGING_SUFFIX = ".portcullis-tmp";

  private final Filer filer;
  /** The directory of {@link #ROOT} on disk, looked up once; empty when it is not a directory. */
  private Optional<Path> directory;

  /** One writer per compilation: it looks the output directory up once. */
  public OutputWriter(Filer filer) {
    this.filer = filer;
  }

  /**
   * Writes every file; throws on the first that cannot be written, naming it, and leaves no staged file.
   *
   * @param origin the definition the files come from, or null for the files of every product
   */
  public void write(List<GeneratedFile> files, TypeElement origin) throws WriteException {
    List<Staged> staged = new ArrayList<>();
    try {
      List<GeneratedFile> tracked = new ArrayList<>();
      for (GeneratedFile file : files) {
        Path target = file.path().startsWith(TRACKED_PREFIX) ? null : directPath(ROOT + file.path());
        if (target == null) {
          tracked.add(file);
        } else {
          staged.add(stage(file, target));
        }
      }
      for (GeneratedFile file : tracked) {
        writeThroughFiler(file, origin);
      }
      for (Staged file : staged) {
        file.moveIntoPlace();
      }
      staged.clear();
    } finally {
      for (Staged file : staged) {
        file.discard();
      }
    }
  }

  /**
   * Where the file goes on disk, or null when the output location is not a directory. The Filer
   * is asked once, about the first file written (asking about any other path would leave an
   * empty entry in in-memory file managers): each of its answers costs a scan of every file it
   * created.
   */
  /** Where the files go, for the summary: the directory, or a description when it is not one on disk. */
  public String location() {
    return directory != null && directory.isPresent()
        ? directory.get().resolve(ROOT).toString()
        : "CLASS_OUTPUT/" + ROOT;
  }

  private Path directPath(String path) {
    if (directory == null) {
      directory = outputDirectory(path);
    }
    return directory.map(root -> root.resolve(path)).orElse(null);
  }

  private Optional<Path> outputDirectory(String path) {
    try {
      URI uri = filer.getResource(StandardLocation.CLASS_OUTPUT, "", path).toUri();
      if (!"file".equals(uri.getScheme())) {
        return Optional.empty();
      }
      Path root = Path.of(uri);
      for (int segments = path.split("/").length; segments > 0 && root != null; segments--) {
        root = root.getParent();
      }
      return Optional.ofNullable(root);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // not a directory we can name: the Filer writes every file
    }
  }

  private static Staged stage(GeneratedFile file, Path target) throws WriteException {
    Path temp = target.resolveSibling("." + target.getFileName() + STAGING_SUFFIX);
    try {
      if (Files.isDirectory(target)) {
        throw new IOException("a directory is in the way: " + target);
      }
      Files.createDirectories(target.getParent());
      Files.write(temp, file.content());
      return new Staged(ROOT + file.path(), temp, target);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp);
      throw new WriteException(ROOT + file.path(), e);
    }
  }

  private void writeThroughFiler(GeneratedFile file, TypeElement origin) throws WriteException {
    String path = ROOT + file.path();
    try {
      FileObject out = origin == null ? filer.createResource(StandardLocation.CLASS_OUTPUT, "", path)
          : filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origin);
      try (OutputStream stream = out.openOutputStream()) {
        stream.write(file.content());
      }
    } catch (IOException | RuntimeException e) {
      throw new WriteException(path, e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // nothing more to do: the build reports the first error
    }
  }

  /** A file written next to its place, waiting for the rest of its product. */
  private record Staged(String path, Path temp, Path target) {
    void moveIntoPlace() throws WriteException {
      try {
        try {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException | RuntimeException e) {
        throw new WriteException(path, e);
      }
    }

    void discard() {
      deleteQuietly(temp);
    }
  }
}
