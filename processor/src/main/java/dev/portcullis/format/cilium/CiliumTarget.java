package dev.portcullis.format.cilium;

import dev.portcullis.diagnostics.Message;
import dev.portcullis.format.Finding;
import dev.portcullis.format.Limit;
import dev.portcullis.format.RenderContext;
import dev.portcullis.format.Subject;
import dev.portcullis.format.Target;
import dev.portcullis.format.TargetOutput;
import dev.portcullis.format.cilium.CiliumView.Rule;
import dev.portcullis.format.cilium.CiliumView.Section;
import dev.portcullis.format.kubernetes.CommentLines;
import dev.portcullis.format.kubernetes.FlowText;
import dev.portcullis.format.kubernetes.Naming;
import dev.portcullis.model.Component;
import dev.portcullis.model.Feature;
import dev.portcullis.model.Icmp;
import dev.portcullis.model.Product;
import dev.portcullis.model.SysctlSetting;
import dev.portcullis.model.Variable;
import dev.portcullis.model.Zone;
import dev.portcullis.plan.PlannedRule;
import dev.portcullis.plan.RuleDirection;
import dev.portcullis.plan.RulePlan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code cilium/<product>/}: CiliumNetworkPolicies (cilium.io/v2) and kustomize files, formatted
 * from the {@link RulePlan}: everything the NetworkPolicy target writes, plus ICMP and ICMPv6
 * ({@code icmps}) and host-name zones ({@code toFQDNs}, behind a DNS rule that sends lookups
 * through Cilium's DNS proxy). The layout and the egress stance are the NetworkPolicy target's:
 * the base isolates ingress only (a default deny for the product's pods and one policy per
 * component, {@code enableDefaultDeny.egress: false}); {@code components/egress} restricts
 * egress (a default deny and, per component, DNS and the planned egress rules) unless outgoing
 * traffic must stay allowed; each off feature is {@code components/feature-<f>}, with
 * {@code components/egress-feature-<f>} for its egress.
 */
public final class CiliumTarget implements Target {
  /** How the docs page names this target. */
  public static final String TARGET = "Kubernetes CiliumNetworkPolicy";
  static final String EGRESS_DIR = "components/egress";
  private static final String POLICY_TEMPLATE = "cilium/ciliumnetworkpolicy.yaml.mustache";
  private static final String KUSTOMIZATION_TEMPLATE = "cilium/kustomization.yaml.mustache";
  private static final String README_TEMPLATE = "cilium/README.md.mustache";

  @Override
  public String name() {
    return "cilium";
  }

  @Override
  public List<Limit> limits(RulePlan plan, RenderContext context) {
    return context.derived(plan.product(), "cilium.limits", () -> limitsOf(plan));
  }

  private static List<Limit> limitsOf(RulePlan plan) {
    Product product = plan.product();
    String readme = "cilium/" + product.id() + "/README.md";
    List<Limit> limits = new ArrayList<>();
    Set<String> icmpSeen = new LinkedHashSet<>();
    for (PlannedRule rule : plan.rules()) {
      Icmp i = rule.icmp();
      if (!rule.protocol().isIcmp() || i == null) {
        continue;
      }
      for (String flow : rule.flows()) {
        if (!icmpSeen.add(flow)) {
          continue;
        }
        if (i.type() == Icmp.ANY) {
          limits.add(Limit.documented(TARGET, "flow " + flow + " (" + FlowText.icmpText(i) + ")",
              "Cilium's icmps name one type each: the flow is a comment in the policies; allow the types you"
                  + " need in a policy of your own."));
        } else if (i.code() != Icmp.ANY || (i.hasV6() && i.v6Code() != Icmp.ANY)) {
          limits.add(Limit.documented(TARGET, "flow " + flow + " (" + FlowText.icmpText(i) + ")",
              "Cilium matches ICMP types, not codes: every code of the type is allowed."));
        }
      }
    }
    for (Zone zone : plan.zonesInUse()) {
      boolean ingressFromNames = zone.hasNames() && zone.hasNoDefaults() && zone.namespaceSelector().isEmpty()
          && plan.rules(RuleDirection.INGRESS).stream().anyMatch(r -> r.peer().isZone() && r.peer().id().equals(zone.id()));
      if (ingressFromNames) {
        limits.add(new Limit(TARGET, "zone " + zone.id() + " (host names, ingress)", "Cilium matches host names for"
            + " egress only (toFQDNs): the zone's ingress rules open nothing until it gets CIDRs.",
            Finding.of(Message.ZONE_HOST_NAMES, Subject.zone(zone.id()).on("names"), zone.id(),
                String.join(", ", zone.names()), "Cilium's ingress rules",
                "give the zone CIDRs (ipv4/ipv6) to admit it")));
      }
      if (zone.hasNames() && plan.rules(RuleDirection.EGRESS).stream()
          .anyMatch(r -> r.peer().isZone() && r.peer().id().equals(zone.id()))) {
        limits.add(Limit.documented(TARGET, "zone " + zone.id() + " (host names " + String.join(", ", zone.names())
            + ")", "Allowed by name (toFQDNs) once " + EGRESS_DIR + " restricts egress: the pods must resolve the"
            + " names through kube-dns, whose answers Cilium's DNS proxy turns into addresses."));
      }
    }
    for (Zone zone : plan.zonesInUse()) {
      if (!zone.hasNoDefaults() && zone.namespaceSelector().isEmpty()) {
        limits.add(Limit.documented(TARGET, "zone " + zone.id() + " (CIDRs)", "Cilium's CIDR rules match addresses"
            + " outside the cluster only: pods whose addresses fall in the zone's CIDRs are not in the zone (Cilium"
            + " matches pods by their labels); allow them with a rule of your own if they must be."));
      }
    }
    for (Zone zone : plan.zonesWithoutDefaults()) {
      if (zone.hasNames()) {
        continue;
      }
      String hint = "give @Zone(id = \"" + zone.id() + "\") ipv4/ipv6 defaults or a namespaceSelector, or add a"
          + " fromCIDRSet/toCIDRSet rule to the policies of " + readme.replace("/README.md", "/") + " with a kustomize"
          + " patch in your overlay";
      limits.add(new Limit(TARGET, "zone " + zone.id(), zone.localSubnet()
          ? "The hosts' own subnet is only known on a host: no rule is written for the zone until it gets CIDRs."
          : "The zone has no default addresses, so no rule is written for it until it gets CIDRs or a"
              + " namespaceSelector.",
          Finding.of(Message.ZONE_WITHOUT_DEFAULTS, Subject.zone(zone.id()), zone.id(), "the Cilium target", hint)));
    }
    for (SysctlSetting sysctl : product.prerequisites().sysctls()) {
      limits.add(Limit.documented(TARGET, "sysctl " + sysctl.key() + " = " + sysctl.value(),
          "A CiliumNetworkPolicy does not configure nodes: set it on the nodes."));
    }
    if (product.prerequisites().requiresForwarding()) {
      limits.add(Limit.documented(TARGET, "packet forwarding allowed",
          "A CiliumNetworkPolicy does not configure nodes: let the nodes forward packets."));
    }
    for (Variable variable : product.variables()) {
      limits.add(Limit.documented(TARGET, "variable " + variable.name(), "Manifests hold values, not variables:"
          + " fixed at the default (" + variable.defaultValue() + "); patch the policies to use another value."));
    }
    limits.add(Limit.documented(TARGET, "pods with hostNetwork: true", "A CiliumNetworkPolicy selects pods, not"
        + " nodes: pods on the node's network are not governed by it. Use Cilium host policies (a"
        + " CiliumClusterwideNetworkPolicy with a nodeSelector, hostFirewall enabled) or the Ansible role on the"
        + " nodes."));
    if (plan.outgoingMustStayOpen()) {
      limits.add(Limit.documented(TARGET, "restricting outgoing traffic", "No " + EGRESS_DIR
          + " is generated, so egress stays open. " + plan.egressStance()));
    }
    return limits;
  }

  @Override
  public TargetOutput render(RulePlan plan, RenderContext context) {
    Product product = plan.product();
    Naming naming = new Naming(product, context);
    CiliumRules rules = new CiliumRules(plan, naming);
    String dir = "cilium/" + product.id() + "/";
    String header = context.header(product);
    TargetOutput.Builder out = new TargetOutput.Builder();
    List<Bundle> bundles = bundles(plan, naming, rules);
    for (Bundle bundle : bundles) {
      List<String> resources = new ArrayList<>();
      for (Policy policy : bundle.policies()) {
        resources.add(policy.file());
        out.file(dir + bundle.path(policy.file()), context.templates().render(POLICY_TEMPLATE,
            view(policy, header, naming)));
      }
      out.file(dir + bundle.path("kustomization.yaml"), context.templates().render(KUSTOMIZATION_TEMPLATE,
          kustomization(bundle, bundles, header, resources)));
    }
    out.file(dir + "README.md", context.templates().render(README_TEMPLATE,
        CiliumReadme.of(plan, header, dir, bundles, limits(plan, context))));
    return out.build();
  }

  /** One policy: ingress and/or egress rules on the pods it selects. */
  record Policy(String name, String file, List<String> comments, List<dev.portcullis.format.kubernetes.Label> selector,
      boolean ingress, List<Rule> rules) {}

  /** One kustomize directory (the base has an empty {@code dir}). */
  record Bundle(String dir, String summary, List<Policy> policies) {
    boolean isBase() {
      return dir.isEmpty();
    }

    String path(String file) {
      return isBase() ? file : dir + "/" + file;
    }
  }

  private static List<Bundle> bundles(RulePlan plan, Naming naming, CiliumRules rules) {
    Product product = plan.product();
    boolean egress = !plan.outgoingMustStayOpen();
    List<Bundle> bundles = new ArrayList<>();
    List<Policy> base = new ArrayList<>();
    base.add(new Policy(naming.policyName("default", "deny"), "default-deny.yaml",
        List.of("Default deny: isolates every pod of " + product.title() + " for ingress; the other policies"
            + " allow the planned ingress rules.", plan.egressStance(), egress
            ? "Egress is not isolated here: add the kustomize component " + EGRESS_DIR + " to restrict it."
            : "Egress is not isolated, and no " + EGRESS_DIR + " is generated."),
        naming.productPods(), true, List.of()));
    for (Component component : product.components()) {
      List<Rule> ingress = new ArrayList<>(rules.rules(component.id(), RuleDirection.INGRESS, null));
      for (Feature feature : product.features()) {
        if (feature.enabledByDefault()) {
          ingress.addAll(rules.rules(component.id(), RuleDirection.INGRESS, feature.id()));
        }
      }
      String name = naming.policyName(component.id());
      base.add(new Policy(name, file(naming, name), List.of("Component '" + component.id() + "': "
          + component.description(), "Allows the ingress of this component (always-on flows and features on by"
          + " default)."), naming.componentPods(component.id()), true, ingress));
    }
    bundles.add(new Bundle("", "the default deny for ingress and the ingress rules", base));
    if (egress) {
      List<Policy> policies = new ArrayList<>();
      policies.add(new Policy(naming.egressPolicyName("default", "deny"), "default-deny.egress.yaml",
          List.of("Isolates the egress of every pod of " + product.title() + "; the other policies of this"
              + " component allow DNS and the planned egress rules."), naming.productPods(), false, List.of()));
      for (Component component : product.components()) {
        List<Rule> out = new ArrayList<>();
        out.add(CiliumRules.dns());
        out.addAll(rules.rules(component.id(), RuleDirection.EGRESS, null));
        for (Feature feature : product.features()) {
          if (feature.enabledByDefault()) {
            out.addAll(rules.rules(component.id(), RuleDirection.EGRESS, feature.id()));
          }
        }
        String name = naming.egressPolicyName(component.id());
        policies.add(new Policy(name, file(naming, name), List.of("Egress of component '" + component.id()
            + "': DNS and the egress rules (always-on flows and features on by default)."),
            naming.componentPods(component.id()), false, out));
      }
      bundles.add(new Bundle(EGRESS_DIR, "restricts egress: only DNS and the planned egress rules may leave the"
          + " pods", policies));
    }
    for (Feature feature : product.features()) {
      if (feature.enabledByDefault()) {
        continue;
      }
      String dir = "components/feature-" + Naming.dashed(feature.id());
      String egressDir = "components/egress-feature-" + Naming.dashed(feature.id());
      List<Policy> ingress = new ArrayList<>();
      List<Policy> egressPolicies = new ArrayList<>();
      for (Component component : product.components()) {
        List<Rule> in = rules.rules(component.id(), RuleDirection.INGRESS, feature.id());
        if (!in.isEmpty()) {
          String name = naming.policyName(component.id(), feature.id());
          ingress.add(new Policy(name, file(naming, name), List.of("Feature '" + feature.id() + "' (off by default): "
              + feature.description(), "Component '" + component.id() + "'."), naming.componentPods(component.id()),
              true, in));
        }
        List<Rule> eg = egress ? rules.rules(component.id(), RuleDirection.EGRESS, feature.id()) : List.of();
        if (!eg.isEmpty()) {
          String name = naming.egressPolicyName(component.id(), feature.id());
          egressPolicies.add(new Policy(name, file(naming, name), List.of("Feature '" + feature.id()
              + "' (off by default): " + feature.description(), "Egress of component '" + component.id() + "'."),
              naming.componentPods(component.id()), false, eg));
        }
      }
      if (!ingress.isEmpty()) {
        bundles.add(new Bundle(dir, "turns on feature '" + feature.id() + "': " + feature.description(), ingress));
      }
      if (!egressPolicies.isEmpty()) {
        bundles.add(new Bundle(egressDir, "the egress of feature '" + feature.id() + "', for overlays that add both "
            + EGRESS_DIR + " and " + dir, egressPolicies));
      }
    }
    bundles.sort((a, b) -> a.isBase() ? -1 : b.isBase() ? 1 : a.dir().compareTo(b.dir()));
    return bundles;
  }

  private static String file(Naming naming, String policyName) {
    return naming.fileOf(policyName);
  }

  private static CiliumView view(Policy policy, String header, Naming naming) {
    List<String> comments = new ArrayList<>(CommentLines.wrap(header, 0));
    comments.addAll(CommentLines.wrapAll(policy.comments(), 0));
    // comment-only rules first, so every comment sits above content of its own indent (yamllint)
    List<Rule> ordered = new ArrayList<>(policy.rules().stream().filter(r -> !r.hasRule()).toList());
    ordered.addAll(policy.rules().stream().filter(Rule::hasRule).toList());
    Section section = new Section(policy.ingress() ? "ingress" : "egress", !CiliumRules.anyRule(ordered), ordered);
    return new CiliumView(comments, policy.name(), naming.metadataLabels(), policy.selector(), policy.ingress(),
        !policy.ingress(), List.of(section));
  }

  private static KustomizationView kustomization(Bundle bundle, List<Bundle> all, String header,
      List<String> resources) {
    List<String> comments = new ArrayList<>();
    comments.add(header);
    if (bundle.isBase()) {
      comments.add("Kustomize base of the CiliumNetworkPolicies: kubectl apply -n <namespace> -k <this directory>.");
      if (all.size() > 1) {
        comments.add("Optional kustomize components (list them under components: in your overlay):");
        for (Bundle b : all) {
          if (!b.isBase()) {
            comments.add("- " + b.dir() + ": " + b.summary());
          }
        }
      }
      return new KustomizationView(CommentLines.wrapAll(comments, 0), "kustomize.config.k8s.io/v1beta1",
          "Kustomization", resources);
    }
    comments.add("Kustomize component: " + bundle.summary());
    comments.add("Add it under components: in an overlay whose resources include the base (../..).");
    return new KustomizationView(CommentLines.wrapAll(comments, 0), "kustomize.config.k8s.io/v1alpha1", "Component",
        resources);
  }

  /** The scope of {@code cilium/kustomization.yaml.mustache}. */
  record KustomizationView(List<String> comments, String apiVersion, String kind, List<String> resources) {}

}
