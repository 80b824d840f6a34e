package dev.portcullis.model;

import java.util.List;
import java.util.Optional;

/**
 * The normalized, immutable model of one product: every list sorted by id (flows by component,
 * then id), so every target renders the same bytes whatever order the source declared.
 *
 * @param sourceClass the qualified name of the definition class
 * @param podLabels the Kubernetes labels ({@code key=value}, as written) that select every pod of
 *     the product; empty: the build-wide default label
 */
public record Product(
    String id,
    String title,
    String docs,
    String description,
    String sourceClass,
    List<Component> components,
    List<Zone> zones,
    List<Feature> features,
    List<Variable> variables,
    List<Flow> flows,
    Prerequisites prerequisites,
    List<String> notes,
    List<String> podLabels) {
  /** A product whose pods are selected by the default label. */
  public Product(String id, String title, String docs, String description, String sourceClass,
      List<Component> components, List<Zone> zones, List<Feature> features, List<Variable> variables,
      List<Flow> flows, Prerequisites prerequisites, List<String> notes) {
    this(id, title, docs, description, sourceClass, components, zones, features, variables, flows, prerequisites,
        notes, List.of());
  }

  public Product {
    podLabels = List.copyOf(podLabels);
    components = List.copyOf(components);
    zones = List.copyOf(zones);
    features = List.copyOf(features);
    variables = List.copyOf(variables);
    flows = List.copyOf(flows);
    notes = List.copyOf(notes);
  }

  public Optional<Zone> zone(String zoneId) {
    return zones.stream().filter(z -> z.id().equals(zoneId)).findFirst();
  }

  public Optional<Feature> feature(String featureId) {
    return features.stream().filter(f -> f.id().equals(featureId)).findFirst();
  }

  public Optional<Variable> variable(String name) {
    return variables.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  public List<Flow> flowsOf(String componentId) {
    return flows.stream().filter(f -> f.component().equals(componentId)).toList();
  }
}
