package dev.portcullis.model;

/** A kernel parameter the product's hosts need. */
public record SysctlSetting(String key, String value, String reason) {}
