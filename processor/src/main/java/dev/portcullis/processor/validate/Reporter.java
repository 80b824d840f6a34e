package dev.portcullis.processor.validate;

import dev.portcullis.diagnostics.Message;
import dev.portcullis.diagnostics.Severity;
import dev.portcullis.processor.inspect.Site;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports catalogue messages on the element, annotation and value they are about, honours
 * {@code @SuppressWarnings("portcullis:<id>")} for warnings, and remembers whether an error was
 * reported (one reporter per product: an error there means no files for it).
 */
public final class Reporter {
  private final Messager messager;
  private final TreeLocator locator;
  private boolean errors;
  private int warnings;

  /** A reporter that places messages with the {@code Messager} alone (for options, which have no element). */
  public Reporter(Messager messager) {
    this(messager, TreeLocator.none());
  }

  /** @param locator places messages on annotations javac's {@code Messager} cannot find (repeated ones) */
  public Reporter(Messager messager, TreeLocator locator) {
    this.messager = messager;
    this.locator = locator;
  }

  public boolean hasErrors() {
    return errors;
  }

  /** How many warnings were printed (suppressed ones do not count). */
  public int warnings() {
    return warnings;
  }

  /** On the attribute value when given, else on the annotation. */
  public void report(Message message, Site site, AnnotationValue value, Object... args) {
    print(message, site.element(), site.mirror(), value, args);
  }

  /** On the attribute named {@code attribute} when it was written, else on the annotation. */
  public void report(Message message, Site site, String attribute, Object... args) {
    print(message, site.element(), site.mirror(), site.value(attribute), args);
  }

  public void report(Message message, Element element, Object... args) {
    print(message, element, null, null, args);
  }

  /** A message about no element (a processor option). */
  public void reportGlobal(Message message, Object... args) {
    print(message, null, null, null, args);
  }

  private void print(Message message, Element element, AnnotationMirror mirror, AnnotationValue value,
      Object[] args) {
    if (message.severity() == Severity.WARNING && element != null && isSuppressed(element, message)) {
      return;
    }
    Diagnostic.Kind kind;
    if (message.severity() == Severity.ERROR) {
      errors = true;
      kind = Diagnostic.Kind.ERROR;
    } else {
      kind = Diagnostic.Kind.WARNING;
      warnings++;
    }
    String text = message.format(args);
    if (locator.print(kind, text, element, mirror, value)) {
      return;
    }
    if (element == null) {
      messager.printMessage(kind, text);
    } else if (mirror == null) {
      messager.printMessage(kind, text, element);
    } else if (value == null) {
      messager.printMessage(kind, text, element, mirror);
    } else {
      messager.printMessage(kind, text, element, mirror, value);
    }
  }

  /** Whether the element or one that encloses it says {@code @SuppressWarnings("portcullis:<id>")}. */
  static boolean isSuppressed(Element element, Message message) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null) {
        for (String key : suppress.value()) {
          if (key.equals(message.suppressionKey()) || key.equals("portcullis")) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
