package dev.portcullis.format;

import java.util.ArrayList;
import java.util.List;

/** Files and findings of one target for one product. */
public record TargetOutput(List<GeneratedFile> files, List<Finding> findings) {
  public TargetOutput {
    files = List.copyOf(files);
    findings = List.copyOf(findings);
  }

  /** A mutable collector a target fills while rendering. */
  public static final class Builder {
    private final List<GeneratedFile> files = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    public Builder file(GeneratedFile file) {
      files.add(file);
      return this;
    }

    public Builder file(String path, String text) {
      return file(GeneratedFile.utf8(path, text));
    }

    public Builder finding(Finding finding) {
      if (!findings.contains(finding)) {
        findings.add(finding);
      }
      return this;
    }

    public TargetOutput build() {
      return new TargetOutput(files, findings);
    }
  }
}
