package dev.portcullis.model;

/** Whether a flow's peer is a component of the product or an outside zone. */
public enum PeerKind {
  COMPONENT,
  ZONE
}
