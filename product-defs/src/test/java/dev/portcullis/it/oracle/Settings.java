package dev.portcullis.it.oracle;

import java.util.Map;
import java.util.TreeMap;

/**
 * The values a user gave a target (or none: the definition's defaults). Names are the model's
 * variable and feature names, without any target prefix.
 */
public final class Settings {
  private final Map<String, Boolean> features = new TreeMap<>();
  private final Map<String, Integer> numbers = new TreeMap<>();
  private final Map<String, String> protocols = new TreeMap<>();
  private boolean restrictEgress;

  private Settings() {}

  public static Settings defaults() {
    return new Settings();
  }

  private Settings copy() {
    Settings s = new Settings();
    s.features.putAll(features);
    s.numbers.putAll(numbers);
    s.protocols.putAll(protocols);
    s.restrictEgress = restrictEgress;
    return s;
  }

  public Settings feature(String id, boolean on) {
    Settings s = copy();
    s.features.put(id, on);
    return s;
  }

  /** A configurable port's value. */
  public Settings port(String variable, int port) {
    Settings s = copy();
    s.numbers.put(variable, port);
    return s;
  }

  /** An instance count. */
  public Settings count(String variable, int count) {
    Settings s = copy();
    s.numbers.put(variable, count);
    return s;
  }

  /** A protocol variable's value, {@code tcp} or {@code udp}. */
  public Settings protocol(String variable, String protocol) {
    Settings s = copy();
    s.protocols.put(variable, protocol);
    return s;
  }

  /** Whether outgoing traffic is restricted to the declared egress (default: open). */
  public Settings restrictEgress(boolean restrict) {
    Settings s = copy();
    s.restrictEgress = restrict;
    return s;
  }

  Boolean feature(String id) {
    return features.get(id);
  }

  Integer number(String variable) {
    return numbers.get(variable);
  }

  String protocol(String variable) {
    return protocols.get(variable);
  }

  public boolean egressRestricted() {
    return restrictEgress;
  }
}
