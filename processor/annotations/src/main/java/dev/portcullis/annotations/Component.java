package dev.portcullis.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A kind of host or pod the product runs as; flows are attached to components.
 *
 * <p>It becomes an entry of the Ansible variable {@code <product>_firewall_components}, one AWS
 * security group, and a {@code podSelector} on {@code app.kubernetes.io/component} (or on
 * its {@link #podLabels()}).
 *
 * <pre>{@code
 * @Component(id = "master", description = "UTMStack master server")
 * @Component(id = "probe", description = "UTMStack probe or proxy")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Component.List.class)
public @interface Component {
  /** Stable id: snake_case, starts with a letter, at most 32 characters (a Kubernetes label value, joined into policy names). */
  String id();

  /** What this component is. */
  String description() default "";

  /**
   * Kubernetes: the labels ({@code key=value}) that select this component's pods among the
   * product's pods (the product's labels are matched too), e.g. {@code "app=bsr-witness"}.
   * Empty (the default): {@code <componentLabel>=<component id with - for _>}, the label key set
   * by the processor option {@code portcullis.k8s.componentLabel}.
   */
  String[] podLabels() default {};

  /** Container of repeated {@link Component} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Component[] value();
  }
}
