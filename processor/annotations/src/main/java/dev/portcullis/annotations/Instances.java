package dev.portcullis.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Instance-numbered ports: instance N (1-based) listens on {@code base + N}, so {@code count}
 * instances need the range {@code base+1 .. base+count}. The count is a variable in every target.
 *
 * <pre>{@code
 * @Flow(id = "hiavd_ha", ..., instances = @Instances(base = 4745, variable = "hiavd_instances"))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Instances {
  /** The port of instance 0; instance N is at {@code base + N}. */
  int base();

  /** How many instances by default (at least 1). */
  int defaultCount() default 1;

  /** At most this many instances (bounds the variable's validation). */
  int maxCount() default 16;

  /** The count variable's name, snake_case, without the product prefix. */
  String variable();
}
