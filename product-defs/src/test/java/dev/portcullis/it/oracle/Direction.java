package dev.portcullis.it.oracle;

/** Seen from the component whose firewall decides: the peer connects in, or the component connects out. */
public enum Direction {
  INGRESS,
  EGRESS
}
