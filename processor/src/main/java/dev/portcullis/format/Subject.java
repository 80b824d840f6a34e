package dev.portcullis.format;

/**
 * What a target finding is about, so the processor can attach it to the right element: a flow
 * (by id), a zone, a prerequisite, or the product as a whole; and, when known, the annotation
 * attribute that holds the offending value ({@code portVariable}, {@code namespaceSelector}).
 *
 * @param attribute the attribute of the element's annotation, or null for the annotation
 */
public record Subject(Kind kind, String ref, String attribute) {
  public enum Kind {
    PRODUCT,
    FLOW,
    ZONE,
    COMPONENT,
    PREREQUISITE
  }

  public Subject(Kind kind, String ref) {
    this(kind, ref, null);
  }

  public static Subject product() {
    return new Subject(Kind.PRODUCT, "");
  }

  public static Subject flow(dev.portcullis.model.Flow flow) {
    return new Subject(Kind.FLOW, flow.id());
  }

  public static Subject flow(String flowId) {
    return new Subject(Kind.FLOW, flowId);
  }

  public static Subject zone(String zoneId) {
    return new Subject(Kind.ZONE, zoneId);
  }

  public static Subject component(String componentId) {
    return new Subject(Kind.COMPONENT, componentId);
  }

  public static Subject prerequisite(String name) {
    return new Subject(Kind.PREREQUISITE, name);
  }

  public Subject on(String attributeName) {
    return new Subject(kind, ref, attributeName);
  }
}
