package dev.portcullis.processor.write;

import dev.portcullis.target.GeneratedFile;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes a product's files to {@code CLASS_OUTPUT} under {@code META-INF/portcullis/}, each with
 * the definition class as its one originating element.
 */
public final class OutputWriter {
  public static final String ROOT = "META-INF/portcullis/";

  private final Filer filer;

  public OutputWriter(Filer filer) {
    this.filer = filer;
  }

  /** Writes every file; throws on the first that cannot be written, naming it. */
  public void write(List<GeneratedFile> files, TypeElement origin) throws WriteException {
    for (GeneratedFile file : files) {
      String path = ROOT + file.path();
      try {
        FileObject out = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origin);
        try (OutputStream stream = out.openOutputStream()) {
          stream.write(file.content());
        }
      } catch (IOException | RuntimeException e) {
        throw new WriteException(path, e);
      }
    }
  }

  /** A file the Filer refused or could not write. */
  public static final class WriteException extends Exception {
    private final String path;

    WriteException(String path, Exception cause) {
      super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
      this.path = path;
    }

    public String path() {
      return path;
    }
  }
}
