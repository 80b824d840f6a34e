package dev.portcullis.processor.inspect;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Where a piece of a definition was written: the element, the annotation on it, and (through
 * {@link #value(String)}) the attribute value, so a diagnostic lands on the exact line.
 */
public record Site(Element element, AnnotationMirror mirror) {
  /**
   * The explicitly written value of {@code attribute}, or null when it was left at its default
   * (or when {@code attribute} is null: the message is about the annotation as a whole).
   */
  public AnnotationValue value(String attribute) {
    if (attribute == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The site of a nested annotation (a {@code @Range} or {@code @Instances}) on the same element. */
  public Site nested(AnnotationMirror nestedMirror) {
    return new Site(element, nestedMirror);
  }
}
