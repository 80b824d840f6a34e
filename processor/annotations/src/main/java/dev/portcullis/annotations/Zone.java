package dev.portcullis.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A named set of outside peers (admins, mail servers, agents, the internet).
 *
 * <p>A zone becomes a CIDR-list variable in Ansible and Terraform, defaulting to {@link #ipv4()}
 * and {@link #ipv6()}, and an {@code ipBlock} (or a {@code namespaceSelector}) in Kubernetes. A
 * zone without default CIDRs opens nothing until the user gives it addresses. Only a
 * {@link #isPublic() public} zone may default to the whole internet. A zone known only by its
 * {@link #names() host names} has no default CIDRs: targets that match names (Cilium's
 * {@code toFQDNs}) use them, the others open nothing for it until the user gives addresses.
 *
 * <pre>{@code
 * @Zone(id = "ldap_servers", description = "Directory servers", ipv4 = "10.0.10.0/24")
 * @Zone(id = "internet", description = "Anyone", isPublic = true,
 *       ipv4 = "0.0.0.0/0", ipv6 = "::/0")
 * @Zone(id = "call_home", description = "Vendor update service", names = "updates.example.com")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Zone.List.class)
public @interface Zone {
  /** Stable id: snake_case, starts with a letter, at most 32 characters (a Kubernetes label value, joined into policy names). */
  String id();

  /** Who is in this zone. */
  String description() default "";

  /** Default IPv4 CIDRs (network addresses, no host bits set). */
  String[] ipv4() default {};

  /** Default IPv6 CIDRs (network addresses, no host bits set). */
  String[] ipv6() default {};

  /**
   * Host names of the peers (RFC 1123, e.g. {@code "updates.example.com"}; a leading {@code "*."}
   * matches every subdomain), for zones whose addresses are not published. Only targets that
   * resolve names use them (Cilium {@code toFQDNs}, egress only); the others declare a limit and
   * open nothing for the names.
   */
  String[] names() default {};

  /** Whether the zone may be the whole internet ({@code 0.0.0.0/0}, {@code ::/0}). */
  boolean isPublic() default false;

  /**
   * Whether the zone is the host's own subnet (multicast, LAN scanning). Ansible resolves it from
   * the host's facts; Terraform and Kubernetes take {@link #ipv4()}/{@link #ipv6()}.
   */
  boolean localSubnet() default false;

  /**
   * Kubernetes: select peers by namespace labels ({@code key=value}) instead of an
   * {@code ipBlock}, e.g. {@code "kubernetes.io/metadata.name=monitoring"}.
   */
  String[] namespaceSelector() default {};

  /** Container of repeated {@link Zone} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Zone[] value();
  }
}
