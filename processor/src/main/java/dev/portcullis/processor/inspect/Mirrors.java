package dev.portcullis.processor.inspect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/** Typed reads of annotation mirrors, defaults included, without touching annotation classes. */
final class Mirrors {
  private final Elements elements;
  /**
   * The attributes of the mirror read last, by name: a definition's annotation is read attribute
   * after attribute, and javac builds the whole map of values with defaults on every call.
   */
  private AnnotationMirror lastMirror;
  private Map<String, AnnotationValue> lastValues;

  Mirrors(Elements elements) {
    this.elements = elements;
  }

  /**
   * The mirrors of a repeatable annotation on {@code element}, whether written once (the
   * annotation itself) or several times (javac's synthesized container).
   */
  List<AnnotationMirror> repeated(Element element, String annotation, String container) {
    List<AnnotationMirror> result = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = typeName(mirror);
      if (name.equals(annotation)) {
        result.add(mirror);
      } else if (name.equals(container)) {
        for (AnnotationValue v : list(mirror, "value")) {
          result.add((AnnotationMirror) v.getValue());
        }
      }
    }
    return result;
  }

  AnnotationMirror single(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (typeName(mirror).equals(annotation)) {
        return mirror;
      }
    }
    return null;
  }

  static String typeName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  AnnotationValue raw(AnnotationMirror mirror, String attribute) {
    if (mirror != lastMirror) {
      Map<String, AnnotationValue> values = new HashMap<>();
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
          elements.getElementValuesWithDefaults(mirror).entrySet()) {
        values.put(e.getKey().getSimpleName().toString(), e.getValue());
      }
      lastValues = values;
      lastMirror = mirror;
    }
    AnnotationValue value = lastValues.get(attribute);
    if (value == null) {
      throw new IllegalArgumentException("no attribute " + attribute + " on " + typeName(mirror));
    }
    return value;
  }

  String string(AnnotationMirror mirror, String attribute) {
    return (String) raw(mirror, attribute).getValue();
  }

  int integer(AnnotationMirror mirror, String attribute) {
    return (Integer) raw(mirror, attribute).getValue();
  }

  boolean bool(AnnotationMirror mirror, String attribute) {
    return (Boolean) raw(mirror, attribute).getValue();
  }

  /** The constant name of an enum attribute, e.g. {@code TCP_UDP}. */
  String enumName(AnnotationMirror mirror, String attribute) {
    return ((VariableElement) raw(mirror, attribute).getValue()).getSimpleName().toString();
  }

  @SuppressWarnings("unchecked")
  List<AnnotationValue> list(AnnotationMirror mirror, String attribute) {
    return (List<AnnotationValue>) raw(mirror, attribute).getValue();
  }

  /** Each element of an array attribute, with its own value for positions. */
  <T> List<Located<T>> located(AnnotationMirror mirror, String attribute, Class<T> type) {
    List<Located<T>> result = new ArrayList<>();
    for (AnnotationValue v : list(mirror, attribute)) {
      result.add(new Located<>(type.cast(v.getValue()), v));
    }
    return result;
  }

  List<String> strings(AnnotationMirror mirror, String attribute) {
    return located(mirror, attribute, String.class).stream().map(Located::value).toList();
  }

  List<AnnotationMirror> annotations(AnnotationMirror mirror, String attribute) {
    return located(mirror, attribute, AnnotationMirror.class).stream().map(Located::value).toList();
  }
}
