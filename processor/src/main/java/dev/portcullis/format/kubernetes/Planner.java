package dev.portcullis.format.kubernetes;

import dev.portcullis.model.Component;
import dev.portcullis.model.Feature;
import dev.portcullis.model.Product;
import dev.portcullis.plan.PlannedRule;
import dev.portcullis.plan.RuleDirection;
import dev.portcullis.plan.RulePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides which policy goes where; the rules come from the {@link RulePlan} ({@link RuleBuilder}).
 *
 * <p>The base isolates ingress only: a default deny for every pod of the product, one policy
 * per component with its always-on INGRESS rules, and one policy per component and
 * on-by-default feature (so a user can delete a feature's policies with a patch). Every
 * off-by-default feature is a kustomize component {@code components/feature-<f>}.
 *
 * <p>Egress follows the one egress stance of every target: it stays open in the base. The
 * kustomize component {@code components/egress} restricts it: a default deny for egress, and per
 * component a policy with DNS and its always-on EGRESS rules (and those of on-by-default
 * features); each off feature with EGRESS rules has a companion
 * {@code components/egress-feature-<f>}. When the product says outgoing traffic must stay
 * allowed, neither is generated.
 */
final class Planner {
  static final String EGRESS_DIR = "components/egress";

  private final RulePlan rulePlan;
  private final Product product;
  private final Naming naming;
  private final RuleBuilder rules;
  private final Map<String, TreeSet<String>> icmpFiles = new TreeMap<>();

  Planner(RulePlan rulePlan, Naming naming) {
    this.rulePlan = rulePlan;
    this.product = rulePlan.product();
    this.naming = naming;
    this.rules = new RuleBuilder(rulePlan, naming);
  }

  static String featureDir(String feature) {
    return "components/feature-" + Naming.dashed(feature);
  }

  static String egressFeatureDir(String feature) {
    return "components/egress-feature-" + Naming.dashed(feature);
  }

  /** Whether {@code components/egress} is generated (not when outgoing traffic must stay allowed). */
  static boolean egressComponent(RulePlan plan) {
    return !plan.outgoingMustStayOpen();
  }

  Plan plan() {
    boolean egress = egressComponent(rulePlan);
    List<Bundle> bundles = new ArrayList<>();
    bundles.add(base());
    if (egress) {
      bundles.add(egress());
    }
    for (Feature feature : product.features()) {
      if (feature.enabledByDefault()) {
        continue;
      }
      String dir = featureDir(feature.id());
      List<Policy> policies = featurePolicies(feature, dir);
      if (!policies.isEmpty()) {
        bundles.add(new Bundle(dir, "turns on feature '" + feature.id() + "': " + feature.description(), List.of(),
            policies));
      }
      String egressDir = egressFeatureDir(feature.id());
      List<Policy> egressPolicies = egress ? featureEgressPolicies(feature, egressDir) : List.of();
      if (!egressPolicies.isEmpty()) {
        bundles.add(new Bundle(egressDir, "the egress of feature '" + feature.id() + "', for overlays that add both "
            + EGRESS_DIR + " and " + dir, List.of(EGRESS_DIR, dir), egressPolicies));
      }
    }
    bundles.sort((a, b) -> a.isBase() ? -1 : b.isBase() ? 1 : a.dir().compareTo(b.dir()));
    Map<String, List<String>> files = new TreeMap<>();
    icmpFiles.forEach((flow, paths) -> files.put(flow, List.copyOf(paths)));
    return new Plan(bundles, files);
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
    return new Bundle("", "the default deny for ingress and the always-on ingress rules", List.of(), policies);
  }

  private Policy defaultDeny() {
    String name = naming.policyName("default", "deny");
    List<String> comments = new ArrayList<>();
    comments.add("Default deny: isolates every pod of " + product.title()
        + " for ingress; the other policies allow the planned ingress rules.");
    comments.add(rulePlan.egressStance());
    comments.add(egressComponent(rulePlan)
        ? "Egress is not isolated here: add the kustomize component " + EGRESS_DIR + " to restrict it."
        : "Egress is not isolated, and no " + EGRESS_DIR + " is generated.");
    comments.addAll(PrerequisiteText.lines(product));
    return new Policy(name, naming.fileOf(name), lines(comments), naming.productPods(), true, false,
        List.of(), List.of());
  }

  private Policy componentPolicy(Component component) {
    String name = naming.policyName(component.id());
    List<String> comments = new ArrayList<>();
    comments.add("Component '" + component.id() + "': " + component.description());
    comments.add("Allows the always-on ingress of this component.");
    recordIcmp(component.id(), RuleDirection.INGRESS, null, "", name);
    return new Policy(name, naming.fileOf(name), lines(comments), naming.componentPods(component.id()), true,
        false, rules.rules(component.id(), RuleDirection.INGRESS, null), List.of());
  }

  /** The ingress policies of one feature, one per component that has rules for it. */
  private List<Policy> featurePolicies(Feature feature, String dir) {
    List<Policy> policies = new ArrayList<>();
    for (Component component : product.components()) {
      List<PolicyRule> ingress = rules.rules(component.id(), RuleDirection.INGRESS, feature.id());
      if (ingress.isEmpty()) {
        continue;
      }
      String name = naming.policyName(component.id(), feature.id());
      recordIcmp(component.id(), RuleDirection.INGRESS, feature.id(), dir, name);
      policies.add(new Policy(name, naming.fileOf(name),
          lines(List.of(featureLine(feature), "Component '" + component.id() + "': " + component.description())),
          naming.componentPods(component.id()), true, false, ingress, List.of()));
    }
    return policies;
  }

  private Bundle egress() {
    List<Policy> policies = new ArrayList<>();
    String denyName = naming.egressPolicyName("default", "deny");
    policies.add(new Policy(denyName, naming.fileOf(denyName),
        lines(List.of("Isolates the egress of every pod of " + product.title()
            + "; the other policies of this component allow DNS and the planned egress rules.")),
        naming.productPods(), false, true, List.of(), List.of()));
    for (Component component : product.components()) {
      List<PolicyRule> egress = new ArrayList<>();
      egress.add(DnsRule.rule());
      egress.addAll(rules.rules(component.id(), RuleDirection.EGRESS, null));
      String name = naming.egressPolicyName(component.id());
      recordIcmp(component.id(), RuleDirection.EGRESS, null, EGRESS_DIR, name);
      policies.add(new Policy(name, naming.fileOf(name),
          lines(List.of("Egress of component '" + component.id() + "': DNS and the always-on egress rules.")),
          naming.componentPods(component.id()), false, true, List.of(), egress));
    }
    for (Feature feature : product.features()) {
      if (feature.enabledByDefault()) {
        policies.addAll(featureEgressPolicies(feature, EGRESS_DIR));
      }
    }
    return new Bundle(EGRESS_DIR, "restricts egress: only DNS and the planned egress rules may leave the pods",
        List.of(), policies);
  }

  /** The egress policies of one feature, for the egress component or its companion. */
  private List<Policy> featureEgressPolicies(Feature feature, String dir) {
    List<Policy> policies = new ArrayList<>();
    for (Component component : product.components()) {
      List<PolicyRule> egress = rules.rules(component.id(), RuleDirection.EGRESS, feature.id());
      if (egress.isEmpty()) {
        continue;
      }
      String name = naming.egressPolicyName(component.id(), feature.id());
      recordIcmp(component.id(), RuleDirection.EGRESS, feature.id(), dir, name);
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

  private void recordIcmp(String component, RuleDirection direction, String feature, String dir, String policyName) {
    String path = "kubernetes/" + product.id() + "/" + (dir.isEmpty() ? "" : dir + "/") + naming.fileOf(policyName);
    for (PlannedRule rule : rules.icmpRules(component, direction, feature)) {
      for (String flow : rule.flows()) {
        icmpFiles.computeIfAbsent(flow, k -> new TreeSet<>()).add(path);
      }
    }
  }

  private static List<String> lines(List<String> texts) {
    return texts.stream().map(FlowText::line).toList();
  }
}
