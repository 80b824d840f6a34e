package dev.portcullis.format.kubernetes;

/** One {@code key: value} of a label selector or of metadata labels. */
public record Label(String key, String value) {}
