package dev.portcullis.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Host prerequisite: the host must forward packets (FORWARD policy ACCEPT, ufw's
 * {@code DEFAULT_FORWARD_POLICY="ACCEPT"}), e.g. for a VPN node whose tunnel traffic is routed.
 *
 * <pre>{@code @AllowForwarding(reason = "Tunnel traffic is routed through the host")}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AllowForwarding {
  String reason() default "";
}
