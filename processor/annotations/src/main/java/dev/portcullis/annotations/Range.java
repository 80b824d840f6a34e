package dev.portcullis.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An inclusive port range, {@code from <= to}.
 *
 * <pre>{@code @Flow(..., ranges = @Range(from = 1514, to = 1516))}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Range {
  int from();

  int to();
}
