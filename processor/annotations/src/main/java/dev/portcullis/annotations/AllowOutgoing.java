package dev.portcullis.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Host prerequisite: outgoing traffic must stay allowed (the product dials out from random
 * ports). Ansible refuses an outbound default-deny for such a product; Kubernetes keeps egress
 * open by default.
 *
 * <pre>{@code @AllowOutgoing(reason = "StorageOS dials other nodes from random ports")}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AllowOutgoing {
  String reason() default "";
}
