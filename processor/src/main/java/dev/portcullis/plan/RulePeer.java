package dev.portcullis.plan;

/**
 * The other end of a planned rule, resolved: a component of the product (its hosts, group or
 * pods), or a zone (whose addresses are {@link RulePlan#zone(String)}).
 */
public record RulePeer(Kind kind, String id) implements Comparable<RulePeer> {
  public enum Kind {
    COMPONENT,
    ZONE
  }

  public static RulePeer component(String id) {
    return new RulePeer(Kind.COMPONENT, id);
  }

  public static RulePeer zone(String id) {
    return new RulePeer(Kind.ZONE, id);
  }

  public boolean isComponent() {
    return kind == Kind.COMPONENT;
  }

  public boolean isZone() {
    return kind == Kind.ZONE;
  }

  /** {@code component:<id>} or {@code zone:<id>}, as tags and tests name a peer. */
  public String ref() {
    return (isComponent() ? "component:" : "zone:") + id;
  }

  @Override
  public int compareTo(RulePeer other) {
    int c = kind.compareTo(other.kind);
    return c != 0 ? c : id.compareTo(other.id);
  }
}
