package dev.portcullis.descriptor;

/**
 * A user-settable value of every target.
 *
 * @param kind {@code port}, {@code protocol} or {@code instance_count}
 * @param defaultValue the default, as text ({@code "1194"}, {@code "udp"})
 */
public record VariableDescriptor(String name, String kind, String defaultValue) {}
