package dev.portcullis.format.docs;

import java.util.List;

/**
 * The view of the Mermaid flowchart for {@code docs/product.md.mustache}. Every string is already
 * valid Mermaid (ids from {@link MermaidText#nodeId}, labels from {@link MermaidText#label}), so
 * the template writes them raw.
 *
 * @param groupId the id of the subgraph that holds the product's components
 * @param groupLabel its quoted label
 * @param components the product's components, inside the subgraph
 * @param zones the outside zones, around it
 * @param edges one arrow per (initiator, listener, kind), with every port on its label
 * @param publicZones the ids of public zones, comma-separated, for the {@code public} class
 * @param hasPublicZones whether there is any public zone
 */
public record Diagram(
    String groupId,
    String groupLabel,
    List<Node> components,
    List<Node> zones,
    List<Edge> edges,
    String publicZones,
    boolean hasPublicZones) {

  /** A node: {@code id open label close}, e.g. {@code c_node["node"]}. */
  public record Node(String id, String open, String label, String close) {}

  /**
   * An arrow from the side that opens the connection to the side that accepts it.
   *
   * @param arrow {@code -->}, {@code <-->} (both ways), or the dotted {@code -.->} / {@code <-.->}
   *     for flows that only exist when a feature is on
   */
  public record Edge(String from, String arrow, String label, String to) {}
}
