package dev.portcullis.model;

/** The other end of a flow: a component (possibly the flow's own) or a zone. */
public record Peer(PeerKind kind, String id) {
  public static Peer component(String id) {
    return new Peer(PeerKind.COMPONENT, id);
  }

  public static Peer zone(String id) {
    return new Peer(PeerKind.ZONE, id);
  }

  public boolean isComponent() {
    return kind == PeerKind.COMPONENT;
  }

  public boolean isZone() {
    return kind == PeerKind.ZONE;
  }
}
