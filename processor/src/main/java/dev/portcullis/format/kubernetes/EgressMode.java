package dev.portcullis.format.kubernetes;

/** Whether and where a product's pods get egress isolation. */
enum EgressMode {
  /** No outbound flow is declared: egress is left open, only ingress is isolated. */
  OPEN,
  /** Outbound flows are declared: the base isolates egress and allows the declared flows and DNS. */
  BASE,
  /**
   * Outbound flows are declared, but the product needs outgoing traffic allowed
   * ({@code @AllowOutgoing}): egress isolation is an optional component.
   */
  OPTIONAL
}
