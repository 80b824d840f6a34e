package dev.portcullis.processor.inspect;

import javax.lang.model.element.AnnotationValue;

/** A value read from a definition, with the attribute value it came from (null if defaulted). */
public record Located<T>(T value, AnnotationValue source) {}
