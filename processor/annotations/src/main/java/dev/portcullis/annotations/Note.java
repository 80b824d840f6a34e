package dev.portcullis.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text the vendor gives that no rule carries (e.g. "start Docker with
 * {@code --iptables=false}"); carried into every README and the docs page.
 *
 * <pre>{@code @Note("Multicast discovery works only within a subnet.")}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Note.List.class)
public @interface Note {
  String value();

  /** Container of repeated {@link Note} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Note[] value();
  }
}
