package dev.portcullis.model;

/** A kind of host or pod of the product. */
public record Component(String id, String description) {}
