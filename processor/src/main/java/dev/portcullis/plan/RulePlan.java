package dev.portcullis.plan;

import dev.portcullis.model.Component;
import dev.portcullis.model.Feature;
import dev.portcullis.model.Product;
import dev.portcullis.model.Zone;
import java.util.List;
import java.util.Objects;

/**
 * A product's rules, target-neutral: what every target formats, and the only place where a
 * flow becomes rules. Immutable and sorted ({@link PlannedRule#ORDER}), built by {@link Planner}.
 *
 * <p>The egress stance is one rule for every target: outgoing traffic stays open by default (as
 * ufw, AWS and Kubernetes leave it); a user may restrict it to the planned egress rules, unless
 * the product says outgoing traffic must stay allowed ({@link #outgoingMustStayOpen()}).
 *
 * @param zonesInUse the zones some rule opens to, sorted by id
 * @param peerComponents the components some rule opens to (as a peer), sorted by id
 * @param featuresInUse the features that gate some rule, sorted by id
 */
public record RulePlan(
    Product product,
    List<PlannedRule> rules,
    List<Zone> zonesInUse,
    List<Component> peerComponents,
    List<Feature> featuresInUse) {
  public RulePlan {
    rules = List.copyOf(rules);
    zonesInUse = List.copyOf(zonesInUse);
    peerComponents = List.copyOf(peerComponents);
    featuresInUse = List.copyOf(featuresInUse);
  }

  /** The plan of {@code product}. */
  public static RulePlan of(Product product) {
    return new Planner(product).plan();
  }

  public String productId() {
    return product.id();
  }

  public Zone zone(String id) {
    return product.zone(id).orElseThrow(() -> new IllegalArgumentException("no zone " + id));
  }

  /** The rules enforced on {@code component}, in plan order. */
  public List<PlannedRule> rulesOf(String component) {
    return rules.stream().filter(r -> r.component().equals(component)).toList();
  }

  /** The rules enforced on {@code component} in one direction and gated by {@code feature} (null: always on). */
  public List<PlannedRule> rulesOf(String component, RuleDirection direction, String feature) {
    return rules.stream()
        .filter(r -> r.component().equals(component) && r.direction() == direction
            && Objects.equals(r.feature(), feature))
        .toList();
  }

  public List<PlannedRule> rules(RuleDirection direction) {
    return rules.stream().filter(r -> r.direction() == direction).toList();
  }

  public boolean hasEgressRules() {
    return rules.stream().anyMatch(PlannedRule::isEgress);
  }

  /** Zones in use that have no default address: a default-configured target opens nothing for them. */
  public List<Zone> zonesWithoutDefaults() {
    return zonesInUse.stream().filter(Zone::hasNoDefaults).filter(z -> z.namespaceSelector().isEmpty()).toList();
  }

  /** Whether the definition says outgoing traffic must stay allowed (no target may restrict it). */
  public boolean outgoingMustStayOpen() {
    return product.prerequisites().requiresOutgoing();
  }

  /** The one sentence every target and the docs page use for the egress stance. */
  public String egressStance() {
    return outgoingMustStayOpen()
        ? "Outgoing traffic stays allowed and cannot be restricted: " + product.prerequisites().outgoingReason()
        : "Outgoing traffic stays allowed by default; restricting it lets only the planned egress rules"
            + " (and replies) leave.";
  }
}
