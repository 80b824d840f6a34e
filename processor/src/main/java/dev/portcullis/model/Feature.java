package dev.portcullis.model;

/** An optional capability that gates flows. */
public record Feature(String id, String description, boolean enabledByDefault) {}
