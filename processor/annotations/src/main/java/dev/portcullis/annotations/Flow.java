package dev.portcullis.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One line of a vendor port table: who talks to whom, on which ports and protocol.
 *
 * <p>On the product class, the ports come from {@link #ports()}, {@link #ranges()} or
 * {@link #instances()}. On a {@code static final int} constant of that class, the constant's
 * value is the port, so application code binds the number the firewall opens.
 *
 * <p>The peer is exactly one of {@link #peerComponent()} (the same component means the
 * component's other members) and {@link #peerZone()}.
 *
 * <pre>{@code
 * @Flow(id = "gossip", service = "Gossip service", purpose = "Cluster membership",
 *       component = "node", peerComponent = "node", protocol = Protocol.TCP_UDP)
 * public static final int GOSSIP = 13701;
 *
 * @Flow(id = "hids", service = "HIDS", purpose = "HIDS agent communications",
 *       component = {"master", "probe"}, peerZone = "agents",
 *       ranges = @Range(from = 1514, to = 1516))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD})
@Repeatable(Flow.List.class)
public @interface Flow {
  /** Stable id, snake_case, unique in the product; names rules in every target. */
  String id();

  /** The service, as the vendor names it ("REST API", "NFS/rpc"). */
  String service();

  /** What the flow is for, as the vendor says it. */
  String purpose() default "";

  /** The component(s) the rule is attached to; several give one flow each. */
  String[] component();

  /** The peer: a component id (the same component means its other members). */
  String peerComponent() default "";

  /** The peer: a zone id. */
  String peerZone() default "";

  Direction direction() default Direction.INBOUND;

  Protocol protocol() default Protocol.TCP;

  /** Single ports (on a constant: leave empty, the constant's value is the port). */
  int[] ports() default {};

  /** Inclusive ranges. */
  Range[] ranges() default {};

  /** ICMP only: the type, -1 for any. */
  int icmpType() default -1;

  /** ICMP only: the code, -1 for any. */
  int icmpCode() default -1;

  /**
   * Makes the (single) port configurable: the variable name (snake_case, no product prefix);
   * its default is the declared port. Several flows may name the same variable when they declare
   * the same port (one port opened to two peers); the one variable then moves them all.
   */
  String portVariable() default "";

  /**
   * Makes the protocol configurable between TCP and UDP: the variable name; its default is
   * {@link #protocol()}. Flows that declare the same protocol may share the variable.
   */
  String protocolVariable() default "";

  /** Instance-numbered ports, instead of {@link #ports()} and {@link #ranges()}. */
  Instances[] instances() default {};

  /** The feature that gates this flow; empty means always on. */
  String feature() default "";

  /** Container of repeated {@link Flow} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.TYPE, ElementType.FIELD})
  @interface List {
    Flow[] value();
  }
}
