package dev.portcullis.processor.write;

/** A generated file that cannot be written, moved into place or removed; names its path. */
public final class WriteException extends Exception {
  private final String path;

  WriteException(String path, Exception cause) {
    super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
    this.path = path;
  }

  public String path() {
    return path;
  }
}
