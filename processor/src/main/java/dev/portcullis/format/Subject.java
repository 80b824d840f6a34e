package dev.portcullis.format;

/**
 * What a target finding is about, so the processor can attach it to the right element: a flow
 * (by {@code component/id} key), a zone, a prerequisite, or the product as a whole.
 */
public record Subject(Kind kind, String ref) {
  public enum Kind {
    PRODUCT,
    FLOW,
    ZONE,
    PREREQUISITE
  }

  public static Subject product() {
    return new Subject(Kind.PRODUCT, "");
  }

  public static Subject flow(dev.portcullis.model.Flow flow) {
    return new Subject(Kind.FLOW, flow.id());
  }

  public static Subject zone(String zoneId) {
    return new Subject(Kind.ZONE, zoneId);
  }

  public static Subject prerequisite(String name) {
    return new Subject(Kind.PREREQUISITE, name);
  }
}
