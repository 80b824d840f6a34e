package dev.portcullis.it.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One way a user deploys a product: the base plus a set of its kustomize components. Resolves
 * the policies the way kustomize would for these simple kustomizations (resources only), so the
 * evaluation does not depend on kubectl; {@link KustomizeBuildTest} checks kubectl agrees.
 */
record Configuration(Path productDir, List<String> components) {
  private static final Set<String> KNOWN_FIELDS = Set.of("apiVersion", "kind", "resources");

  /**
   * Every combination of the primary components ({@code egress}, {@code feature-*}), each with
   * the {@code egress-feature-*} companions its pair needs.
   */
  static List<Configuration> all(Path productDir) {
    List<String> components = componentDirs(productDir);
    List<String> primary = components.stream().filter(c -> !c.startsWith("components/egress-feature-")).toList();
    if (primary.size() > 10) {
      throw new AssertionError("too many components to combine: " + primary);
    }
    List<Configuration> all = new ArrayList<>();
    for (int mask = 0; mask < (1 << primary.size()); mask++) {
      List<String> chosen = new ArrayList<>();
      for (int i = 0; i < primary.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          chosen.add(primary.get(i));
        }
      }
      for (String c : components) {
        if (c.startsWith("components/egress-feature-")) {
          String feature = "components/feature-" + c.substring("components/egress-feature-".length());
          if (chosen.contains("components/egress") && chosen.contains(feature)) {
            chosen.add(c);
          }
        }
      }
      all.add(new Configuration(productDir, List.copyOf(chosen)));
    }
    return all;
  }

  /** The {@code components/<name>} directories of a product. */
  static List<String> componentDirs(Path productDir) {
    Path dir = productDir.resolve("components");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      // components/zones sets addresses with kustomize replacements; ZonesComponentTest builds it with kubectl
      return list.filter(Files::isDirectory).map(p -> "components/" + p.getFileName())
          .filter(c -> !c.equals("components/zones")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean has(String component) {
    return components.contains(component);
  }

  /** The policies of the base and the chosen components. */
  List<JsonNode> policies() {
    List<JsonNode> policies = new ArrayList<>(resources(productDir, "Kustomization"));
    for (String component : components) {
      policies.addAll(resources(productDir.resolve(component), "Component"));
    }
    return policies;
  }

  private static List<JsonNode> resources(Path dir, String kind) {
    JsonNode kustomization = Manifests.read(dir.resolve("kustomization.yaml"));
    if (!kind.equals(kustomization.path("kind").asText())) {
      throw new AssertionError(dir + "/kustomization.yaml is not a " + kind);
    }
    for (Iterator<String> fields = kustomization.fieldNames(); fields.hasNext(); ) {
      String field = fields.next();
      if (!KNOWN_FIELDS.contains(field)) {
        throw new AssertionError(dir + "/kustomization.yaml uses '" + field + "', which this resolver does not model");
      }
    }
    List<JsonNode> docs = new ArrayList<>();
    for (JsonNode resource : kustomization.path("resources")) {
      docs.addAll(Manifests.readAll(dir.resolve(resource.asText())));
    }
    return docs;
  }

  @Override
  public String toString() {
    return productDir.getFileName() + (components.isEmpty() ? " (base)" : " + " + String.join(" + ", components));
  }
}
