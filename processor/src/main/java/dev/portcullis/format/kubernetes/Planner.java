package dev.portcullis.format.kubernetes;

import dev.portcullis.model.Component;
import dev.portcullis.model.Feature;
import dev.portcullis.model.Flow;
import dev.portcullis.model.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Decides which policy goes where. The base holds a default deny for every pod of the product,
 * one policy per component with the always-on flows, and one policy per component and
 * on-by-default feature (so a user can delete a feature's policies with a patch). Every
 * off-by-default feature is a kustomize component {@code components/feature-<f>}. Egress
 * isolation is in the base, an optional {@code components/egress}, or absent (see
 * {@link EgressMode}); with the optional egress, each off feature with egress rules has a
 * companion {@code components/egress-feature-<f>}.
 */
final class Planner {
  static final String EGRESS_DIR = "components/egress";

  private final Product product;
  private final Naming naming;
  private final RuleBuilder rules;
  private final EgressMode mode;
  private final Map<String, List<String>> icmpFiles = new TreeMap<>();

  Planner(Product product, Naming naming) {
    this.product = product;
    this.naming = naming;
    this.rules = new RuleBuilder(product, naming);
    this.mode = !rules.anyOutbound() ? EgressMode.OPEN
        : product.prerequisites().requiresOutgoing() ? EgressMode.OPTIONAL : EgressMode.BASE;
  }

  static String featureDir(String feature) {
    return "components/feature-" + Naming.dashed(feature);
  }

  static String egressFeatureDir(String feature) {
    return "components/egress-feature-" + Naming.dashed(feature);
  }

  Plan plan() {
    List<Bundle> bundles = new ArrayList<>();
    bundles.add(base());
    if (mode == EgressMode.OPTIONAL) {
      bundles.add(egress());
    }
    for (Feature feature : product.features()) {
      if (feature.enabledByDefault()) {
        continue;
      }
      List<Policy> policies = featurePolicies(feature, featureDir(feature.id()));
      if (!policies.isEmpty()) {
        bundles.add(new Bundle(featureDir(feature.id()), "turns on feature '" + feature.id() + "': "
            + feature.description(), List.of(), policies));
      }
      if (mode == EgressMode.OPTIONAL) {
        List<Policy> egress = featureEgressPolicies(feature);
        if (!egress.isEmpty()) {
          bundles.add(new Bundle(egressFeatureDir(feature.id()),
              "the egress of feature '" + feature.id() + "', for overlays that add both "
                  + EGRESS_DIR + " and " + featureDir(feature.id()),
              List.of(EGRESS_DIR, featureDir(feature.id())), egress));
        }
      }
    }
    bundles.sort((a, b) -> a.isBase() ? -1 : b.isBase() ? 1 : a.dir().compareTo(b.dir()));
    return new Plan(mode, bundles, rules.emptyZonesUsed(), icmpFiles);
  }

  private Bundle base() {
    List<Policy> policies = new ArrayList<>();
    policies.add(defaultDeny());
    for (Component component : product.components()) {
      policies.add(componentPolicy(component));
    }
    for (Feature feature : product.features()) {
      if (feature.enabledByDefault()) {
        policies.addAll(featurePolicies(feature, ""));
      }
    }
    return new Bundle("", "the default deny and the always-on flows", List.of(), policies);
  }

  private Policy defaultDeny() {
    String name = naming.policyName("default", "deny");
    List<String> comments = new ArrayList<>();
    comments.add("Default deny: isolates every pod of " + product.title() + " for ingress"
        + (mode == EgressMode.BASE ? " and egress" : "") + "; the other policies allow the declared flows.");
    comments.addAll(egressNote());
    comments.addAll(PrerequisiteText.lines(product));
    return new Policy(name, naming.fileOf(name), lines(comments), naming.productPods(), true,
        mode == EgressMode.BASE, List.of(), List.of());
  }

  private List<String> egressNote() {
    return switch (mode) {
      case OPEN -> List.of("Egress is not isolated: the definition declares no outbound flow.");
      case BASE -> List.of();
      case OPTIONAL -> List.of("Egress stays open because the definition says outgoing traffic must stay allowed"
          + reasonSuffix(product.prerequisites().outgoingReason()),
          "To isolate egress anyway, add the kustomize component " + EGRESS_DIR + ".");
    };
  }

  private Policy componentPolicy(Component component) {
    String name = naming.policyName(component.id());
    List<String> comments = new ArrayList<>();
    comments.add("Component '" + component.id() + "': " + component.description());
    comments.add("Allows the always-on flows of this component.");
    comments.addAll(rules.icmpNotes(component.id(), null));
    List<PolicyRule> egress = new ArrayList<>();
    if (mode == EgressMode.BASE) {
      egress.add(DnsRule.rule());
      egress.addAll(rules.egress(component.id(), null));
    }
    recordIcmp(component.id(), null, "", name);
    return new Policy(name, naming.fileOf(name), lines(comments), naming.componentPods(component.id()), true,
        mode == EgressMode.BASE, rules.ingress(component.id(), null), egress);
  }

  /** The ingress (and, with egress in the base, egress) policies of one feature. */
  private List<Policy> featurePolicies(Feature feature, String dir) {
    List<Policy> policies = new ArrayList<>();
    for (Component component : product.components()) {
      List<PolicyRule> ingress = rules.ingress(component.id(), feature.id());
      List<String> icmp = rules.icmpNotes(component.id(), feature.id());
      List<PolicyRule> egress = mode == EgressMode.BASE ? rules.egress(component.id(), feature.id()) : List.of();
      boolean hasIngress = !ingress.isEmpty() || !icmp.isEmpty();
      if (!hasIngress && egress.isEmpty()) {
        continue;
      }
      String name = naming.policyName(component.id(), feature.id());
      List<String> comments = new ArrayList<>();
      comments.add(featureLine(feature));
      comments.add("Component '" + component.id() + "': " + component.description());
      comments.addAll(icmp);
      recordIcmp(component.id(), feature.id(), dir, name);
      policies.add(new Policy(name, naming.fileOf(name), lines(comments), naming.componentPods(component.id()),
          hasIngress, !egress.isEmpty(), ingress, egress));
    }
    return policies;
  }

  private Bundle egress() {
    List<Policy> policies = new ArrayList<>();
    String denyName = naming.policyName("default", "deny", "egress");
    policies.add(new Policy(denyName, naming.fileOf(denyName),
        lines(List.of("Isolates the egress of every pod of " + product.title()
            + "; the other policies of this component allow DNS and the declared flows.")),
        naming.productPods(), false, true, List.of(), List.of()));
    for (Component component : product.components()) {
      List<PolicyRule> egress = new ArrayList<>();
      egress.add(DnsRule.rule());
      egress.addAll(rules.egress(component.id(), null));
      String name = naming.policyName(component.id(), "egress");
      policies.add(new Policy(name, naming.fileOf(name),
          lines(List.of("Egress of component '" + component.id() + "': DNS and the always-on flows.")),
          naming.componentPods(component.id()), false, true, List.of(), egress));
    }
    for (Feature feature : product.features()) {
      if (feature.enabledByDefault()) {
        policies.addAll(featureEgressPolicies(feature));
      }
    }
    return new Bundle(EGRESS_DIR, "isolates egress: only DNS and the declared outbound flows may leave"
        + " the pods (the product asks for outgoing traffic to stay allowed, so this is opt-in)", List.of(), policies);
  }

  /** Egress policies of one feature for the optional egress isolation. */
  private List<Policy> featureEgressPolicies(Feature feature) {
    List<Policy> policies = new ArrayList<>();
    for (Component component : product.components()) {
      List<PolicyRule> egress = rules.egress(component.id(), feature.id());
      if (egress.isEmpty()) {
        continue;
      }
      String name = naming.policyName(component.id(), feature.id(), "egress");
      policies.add(new Policy(name, naming.fileOf(name),
          lines(List.of(featureLine(feature), "Egress of component '" + component.id() + "' for this feature.")),
          naming.componentPods(component.id()), false, true, List.of(), egress));
    }
    return policies;
  }

  private String featureLine(Feature feature) {
    return "Feature '" + feature.id() + "' (" + (feature.enabledByDefault() ? "on" : "off") + " by default): "
        + feature.description();
  }

  private void recordIcmp(String component, String feature, String dir, String policyName) {
    for (Flow flow : product.flows()) {
      if (flow.isIcmp() && flow.component().equals(component) && Objects.equals(flow.feature(), feature)) {
        String path = "kubernetes/" + product.id() + "/" + (dir.isEmpty() ? "" : dir + "/") + naming.fileOf(policyName);
        icmpFiles.computeIfAbsent(flow.id(), k -> new ArrayList<>()).add(path);
      }
    }
  }

  /** {@code ": <reason>"}, or nothing when the definition gave none. */
  static String reasonSuffix(String reason) {
    return reason == null || reason.isBlank() ? "" : ": " + reason;
  }

  private static List<String> lines(List<String> texts) {
    return texts.stream().map(FlowText::line).toList();
  }
}
