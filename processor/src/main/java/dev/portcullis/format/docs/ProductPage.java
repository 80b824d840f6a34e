package dev.portcullis.format.docs;

import java.util.List;

/**
 * Everything {@code docs/product.md.mustache} names. Text fields are plain text that the template
 * writes with {@code {{x}}} (Markdown-escaped); {@code header}, {@code docsUrl} and the
 * {@link Diagram} are pre-made safe for their place and written raw.
 *
 * @param rules the port matrix: one row per rule of the plan, on the component that enforces it
 * @param flows the flows as the definition declares them, one row per flow and component
 * @param egressStance the plan's one sentence on outgoing traffic
 * @param limits what the registered targets declared they cannot express, in registration order
 */
public record ProductPage(
    String header,
    String id,
    String title,
    String description,
    boolean hasDescription,
    String docsUrl,
    boolean hasDocs,
    String sourceClass,
    List<ComponentRow> components,
    List<ZoneRow> zones,
    List<FeatureRow> features,
    List<VariableRow> variables,
    List<RuleRow> rules,
    List<FlowRow> flows,
    Diagram diagram,
    String egressStance,
    List<SysctlRow> sysctls,
    String outgoingReason,
    boolean requiresOutgoing,
    String forwardingReason,
    boolean requiresForwarding,
    boolean hasPrerequisites,
    List<String> notes,
    List<LimitRow> limits) {

  public boolean hasZones() {
    return !zones.isEmpty();
  }

  public boolean hasFeatures() {
    return !features.isEmpty();
  }

  public boolean hasVariables() {
    return !variables.isEmpty();
  }

  public boolean hasLimits() {
    return !limits.isEmpty();
  }

  /** A component of the product. */
  public record ComponentRow(String id, String description) {}

  /** A zone with its defaults spelled out ("none" when it has none). */
  public record ZoneRow(String id, String description, String ipv4, String ipv6, String scope) {}

  /** A feature and whether it is on by default. */
  public record FeatureRow(String id, String description, String byDefault) {}

  /** A variable a user may set in every target. */
  public record VariableRow(String name, String kind, String defaultValue, String allowed, String flow,
      String description) {}

  /** One rule of the plan: what the component's firewall lets in or out. */
  public record RuleRow(String component, String direction, String peer, String ports, String protocol,
      String feature, String variable, String flows) {}

  /** One declared flow on one component, with the vendor's words. */
  public record FlowRow(String flow, String component, String peer, String ports, String protocol,
      String direction, String purpose, String feature, String variable) {}

  /** A kernel parameter the hosts need. */
  public record SysctlRow(String key, String value, String reason) {}

  /** A limit a target declared: a row of the "could not express" table. */
  public record LimitRow(String target, String subject, String instead) {}
}
