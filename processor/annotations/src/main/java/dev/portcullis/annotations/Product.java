package dev.portcullis.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as the network definition of one product.
 *
 * <p>The {@link #id()} names every generated artifact: the Ansible role {@code <id>_firewall},
 * the Terraform module {@code terraform/aws/<id>}, the Kubernetes directory and the docs page.
 *
 * <pre>{@code
 * @Product(id = "brickstor_sp", title = "BrickStor SP", docs = "https://example.com/ports")
 * @Component(id = "appliance", description = "A BrickStor SP storage node")
 * public final class BrickStorSp { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Product {
  /** Stable id: snake_case, starts with a letter, at most 32 characters, e.g. {@code storageos} (a Kubernetes label value, joined into policy names). */
  String id();

  /** Human title, e.g. {@code "StorageOS"}. */
  String title();

  /** Link to the vendor document the definition was transcribed from. */
  String docs() default "";

  /** One paragraph describing the product, carried into the docs page. */
  String description() default "";

  /**
   * Kubernetes: the labels ({@code key=value}) that select every pod of the product, for pods
   * labelled by a vendor's chart, e.g. {@code "app.kubernetes.io/name=brickstor"}. Empty (the
   * default): {@code <partOfLabel>=<product id with - for _>}, the label key set by the processor
   * option {@code portcullis.k8s.partOfLabel}.
   */
  String[] podLabels() default {};
}
