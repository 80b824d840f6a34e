package dev.portcullis.model;

/** Instance-numbered ports: instance N listens on {@code base + N}, N = 1..count. */
public record Instances(int base, int defaultCount, int maxCount, String variable) {
  /** The ports the default count opens. */
  public PortRange defaultRange() {
    return new PortRange(base + 1, base + defaultCount);
  }
}
