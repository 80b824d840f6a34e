package dev.portcullis.descriptor;

/** An optional capability and whether it is on by default. */
public record FeatureDescriptor(String id, String description, boolean enabledByDefault) {}
