package dev.portcullis.annotations;

/**
 * Which way a flow goes, seen from the component that owns it.
 *
 * <pre>{@code @Flow(..., direction = Direction.OUTBOUND)}</pre>
 */
public enum Direction {
  /** The peer connects to the component's port. */
  INBOUND,
  /** The component connects to the peer's port. */
  OUTBOUND,
  /** Both: the peer connects in and the component connects out, on the same ports. */
  BIDIRECTIONAL
}
