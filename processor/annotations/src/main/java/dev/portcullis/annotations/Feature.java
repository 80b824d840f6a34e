package dev.portcullis.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An optional capability that gates flows ({@link Flow#feature()}); a boolean toggle in Ansible
 * and Terraform, a kustomize component in Kubernetes when off by default.
 *
 * <pre>{@code
 * @Feature(id = "ssl", description = "Backups over the SSL port", enabledByDefault = false)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Feature.List.class)
public @interface Feature {
  /** Stable id: snake_case, starts with a letter, at most 32 characters (a Kubernetes label value, joined into policy names). */
  String id();

  /** What turning it on does. */
  String description() default "";

  /** Whether the feature's flows are open when the user says nothing. */
  boolean enabledByDefault() default false;

  /** Container of repeated {@link Feature} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Feature[] value();
  }
}
