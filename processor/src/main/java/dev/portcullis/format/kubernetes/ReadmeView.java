package dev.portcullis.format.kubernetes;

import java.util.List;

/**
 * The scope of {@code kubernetes/README.md.mustache}. Fields written raw ({@code {{{x}}}}) hold
 * only text this target made safe: paths and names built from validated ids, CIDRs, label keys
 * (validated options) and fixed words; free text from the definition goes through the Markdown
 * escaper.
 */
record ReadmeView(
    String header,
    String title,
    String description,
    String sourceClass,
    String dir,
    String partOfLabel,
    String productValue,
    String componentLabel,
    String componentValues,
    List<PolicyRow> basePolicies,
    String egressText,
    boolean hasComponents,
    List<ComponentRow> components,
    String flowsText,
    List<FlowRow> flows,
    List<ZoneRow> zones,
    boolean hasEmptyZones,
    String patchPolicy,
    String patchSection,
    String patchPeersKey,
    List<PolicyView.Port> patchPorts,
    boolean hasVariables,
    List<VariableRow> variables,
    boolean hasOnFeatures,
    List<FeatureRow> onFeatures,
    boolean hasUnexpressible,
    List<Unexpressible> unexpressible,
    boolean hasNotes,
    List<String> notes) {

  record PolicyRow(String file, String name, String types) {}

  record ComponentRow(String path, String summary, String requires) {}

  record FlowRow(String id, String component, String direction, String peer, String ports, String where) {}

  record ZoneRow(String id, String peers) {}

  record VariableRow(String name, String kind, String value, String flow) {}

  record FeatureRow(String id, String policies) {}

  /** A declared limit; {@code warning} is the suppression key of its build warning, if it has one. */
  record Unexpressible(String text, boolean hasWarning, String warning) {}
}
