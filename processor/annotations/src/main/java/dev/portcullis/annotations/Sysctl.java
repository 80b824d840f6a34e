package dev.portcullis.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A kernel parameter the product needs on its hosts; Ansible sets it with
 * {@code ansible.posix.sysctl}, the other targets document it.
 *
 * <pre>{@code @Sysctl(key = "net.ipv4.ip_forward", value = "1", reason = "VPN traffic is forwarded")}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Sysctl.List.class)
public @interface Sysctl {
  /** Dotted parameter name, e.g. {@code net.ipv4.ip_forward}. */
  String key();

  String value();

  String reason() default "";

  /** Container of repeated {@link Sysctl} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Sysctl[] value();
  }
}
