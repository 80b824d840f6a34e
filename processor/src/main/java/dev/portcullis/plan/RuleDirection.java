package dev.portcullis.plan;

/** Which way a planned rule lets connections go, seen from the component that enforces it. */
public enum RuleDirection {
  /** The peer opens connections to the component. */
  INGRESS,
  /** The component opens connections to the peer. */
  EGRESS;

  /** The other end's view of the same connection. */
  public RuleDirection mirror() {
    return this == INGRESS ? EGRESS : INGRESS;
  }

  public String lower() {
    return this == INGRESS ? "ingress" : "egress";
  }
}
