package dev.portcullis.format.terraform;

/** How a feature is named as a module variable. */
final class FeatureGate {
  private FeatureGate() {}

  /** {@code enable_<feature>}. */
  static String variable(String featureId) {
    return "enable_" + featureId;
  }
}
