package dev.portcullis.format.kubernetes;

import dev.portcullis.diagnostics.Message;
import dev.portcullis.format.Finding;
import dev.portcullis.format.Limit;
import dev.portcullis.format.RenderContext;
import dev.portcullis.format.Subject;
import dev.portcullis.format.Target;
import dev.portcullis.format.TargetOutput;
import dev.portcullis.model.Component;
import dev.portcullis.model.Flow;
import dev.portcullis.model.Product;
import dev.portcullis.model.SysctlSetting;
import dev.portcullis.model.Variable;
import dev.portcullis.model.VariableKind;
import dev.portcullis.model.Zone;
import dev.portcullis.plan.PlannedRule;
import dev.portcullis.plan.RulePlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code kubernetes/<product>/}: NetworkPolicies (networking.k8s.io/v1) and kustomize files,
 * formatted from the {@link RulePlan}. A default deny isolates the ingress of every pod of the
 * product; one policy per component allows its planned ingress; off-by-default features and the
 * opt-in egress restriction ({@code components/egress}) are kustomize Components. What a
 * NetworkPolicy cannot say is declared in {@link #limits} (a comment in the manifests, a row of
 * the docs page, and a build warning where the user must act). See {@link Planner} for what goes
 * where.
 */
public final class KubernetesTarget implements Target {
  /** How the docs page names this target. */
  public static final String TARGET = "Kubernetes NetworkPolicy";
  private static final String NETWORK_POLICY_TEMPLATE = "kubernetes/networkpolicy.yaml.mustache";
  private static final String KUSTOMIZATION_TEMPLATE = "kubernetes/kustomization.yaml.mustache";
  private static final String README_TEMPLATE = "kubernetes/README.md.mustache";
  private static final String ZONES_TEMPLATE = "kubernetes/zones-kustomization.yaml.mustache";
  private static final String ADDRESSES_TEMPLATE = "kubernetes/zone-addresses.yaml.mustache";

  @Override
  public String name() {
    return "kubernetes";
  }

  /**
   * Label keys that clash, namespace selectors that are not labels, and policy names that two
   * ids would share: each stops the product, for every target.
   */
  @Override
  public List<Finding> check(Product product, RenderContext context) {
    List<Finding> findings = new ArrayList<>();
    Naming naming = new Naming(product, context);
    if (naming.partOfLabel().equals(naming.componentLabel())) {
      findings.add(Finding.of(Message.BAD_OPTION, Subject.product(), Naming.COMPONENT_OPTION,
          naming.componentLabel(), "must differ from " + Naming.PART_OF_OPTION
              + ", or pods could not be told apart by component"));
    }
    for (Zone zone : product.zones()) {
      for (ZonePeers.Problem problem : ZonePeers.problems(zone)) {
        findings.add(Finding.of(Message.K8S_NAMESPACE_SELECTOR, Subject.zone(zone.id()).on("namespaceSelector"),
            zone.id(), problem.entry(), problem.reason()));
      }
    }
    for (LabelSyntax.Problem problem : LabelSyntax.problems(product.podLabels())) {
      findings.add(Finding.of(Message.K8S_POD_LABELS, Subject.product().on("podLabels"), "product '" + product.id()
          + "'", problem.entry(), problem.reason()));
    }
    Set<List<Label>> selections = new HashSet<>();
    for (Component component : product.components()) {
      List<LabelSyntax.Problem> problems = new ArrayList<>(LabelSyntax.problems(component.podLabels()));
      if (problems.isEmpty() && !component.podLabels().isEmpty()) {
        Set<String> productKeys = new HashSet<>();
        naming.productPods().forEach(l -> productKeys.add(l.key()));
        for (Label label : LabelSyntax.labels(component.podLabels())) {
          if (productKeys.contains(label.key())) {
            problems.add(new LabelSyntax.Problem(label.key() + "=" + label.value(), "label key '" + label.key()
                + "' is already matched by the product's pod labels"));
          }
        }
      }
      if (problems.isEmpty() && !selections.add(new java.util.HashSet<>(naming.componentPods(component.id()))
          .stream().sorted(java.util.Comparator.comparing(Label::key)).toList())) {
        problems.add(new LabelSyntax.Problem(String.join(",", component.podLabels()),
            "another component selects the same pods"));
      }
      for (LabelSyntax.Problem problem : problems) {
        findings.add(Finding.of(Message.K8S_POD_LABELS, Subject.component(component.id()).on("podLabels"),
            "component '" + component.id() + "'", problem.entry(), problem.reason()));
      }
    }
    Set<String> seen = new HashSet<>();
    Set<String> clashes = new LinkedHashSet<>();
    for (Bundle bundle : planOf(context.plan(product), naming, context).bundles()) {
      for (Policy policy : bundle.policies()) {
        if (!seen.add(policy.name())) {
          clashes.add(policy.name());
        }
      }
    }
    clashes.forEach(name -> findings.add(Finding.of(Message.K8S_NAME_CLASH, Subject.product(), product.id(), name)));
    return findings;
  }

  /** The policies of the product, planned once for its check, limits and render. */
  private static Plan planOf(RulePlan rulePlan, Naming naming, RenderContext context) {
    return context.derived(rulePlan.product(), "kubernetes.plan", () -> new Planner(rulePlan, naming).plan());
  }

  @Override
  public List<Limit> limits(RulePlan rulePlan, RenderContext context) {
    return context.derived(rulePlan.product(), "kubernetes.limits", () -> limitsOf(rulePlan, context));
  }

  private static List<Limit> limitsOf(RulePlan rulePlan, RenderContext context) {
    Product product = rulePlan.product();
    Naming naming = new Naming(product, context);
    Plan plan = planOf(rulePlan, naming, context);
    RuleBuilder rules = new RuleBuilder(rulePlan, naming);
    String readme = "kubernetes/" + product.id() + "/README.md";
    List<Limit> limits = new ArrayList<>();
    // ICMP: one row per flow of the model that the plan carries as ICMP rules
    Set<Flow> icmpFlows = new LinkedHashSet<>();
    for (PlannedRule rule : rulePlan.rules()) {
      if (rule.protocol().isIcmp()) {
        icmpFlows.addAll(rules.flowsOf(rule).stream().filter(f -> f.component().equals(rule.component())).toList());
      }
    }
    for (Flow flow : icmpFlows) {
      List<String> files = plan.icmpFiles().getOrDefault(flow.id(), List.of());
      limits.add(new Limit(TARGET, "flow " + flow.id() + " on " + flow.component() + " ("
          + FlowText.icmpText(flow.icmp()) + ")",
          "NetworkPolicy has no ICMP: the flow is a comment in the manifests; pods these policies isolate may drop"
              + " it. Allow it in the CNI's own policy (Cilium, Calico) if it is needed.",
          Finding.of(Message.K8S_ICMP_UNSUPPORTED, Subject.flow(flow.id()), flow.id(),
              files.isEmpty() ? readme : String.join(" and ", files))));
    }
    String where = readme + " and default-deny.yaml";
    for (SysctlSetting sysctl : product.prerequisites().sysctls()) {
      limits.add(new Limit(TARGET, "sysctl " + sysctl.key() + " = " + sysctl.value(),
          "NetworkPolicy does not configure nodes: set it on the nodes; the manifests only say it in comments.",
          Finding.of(Message.K8S_PREREQUISITE, Subject.prerequisite(sysctl.key()),
              "sysctl " + sysctl.key() + "=" + sysctl.value(), where)));
    }
    if (product.prerequisites().requiresForwarding()) {
      limits.add(new Limit(TARGET, "packet forwarding allowed",
          "NetworkPolicy does not configure nodes: let the nodes forward packets; the manifests only say it in"
              + " comments.",
          Finding.of(Message.K8S_PREREQUISITE, Subject.prerequisite("forwarding"), "packet forwarding", where)));
    }
    for (Variable variable : product.variables()) {
      limits.add(Limit.documented(TARGET, "variable " + variable.name(), "Manifests hold values, not variables: the "
          + what(variable) + " is fixed at its default (" + variable.defaultValue() + "). Change the definition,"
          + " or patch the manifests with kustomize, to use another value."));
    }
    limits.addAll(dev.portcullis.format.HostNameLimits.of(rulePlan, TARGET, "the Kubernetes NetworkPolicy target",
        zone -> "set those addresses in kubernetes/" + rulePlan.productId() + "/" + ZonesComponent.ADDRESSES
            + ", or use the Cilium policies (cilium/" + rulePlan.productId() + "/), which match host names"));
    for (Zone zone : rulePlan.zonesWithoutDefaults()) {
      String hint = (zone.localSubnet() ? "it is the hosts' own subnet, which a NetworkPolicy cannot look up; " : "")
          + "set its addresses in kubernetes/" + product.id() + "/" + ZonesComponent.ADDRESSES + " and add "
          + ZonesComponent.DIR + " (last) to your overlay, or give @Zone(id = \"" + zone.id() + "\") ipv4/ipv6 defaults"
          + " or a namespaceSelector";
      String instead = zone.localSubnet()
          ? "The hosts' own subnet is only known on a host; a NetworkPolicy cannot look it up, so no rule is written"
              + " for the zone until you set its addresses in " + ZonesComponent.ADDRESSES + " (one place for every"
              + " policy; add " + ZonesComponent.DIR + " last to your overlay)."
          : "The zone has no default addresses: its rules match no address until you set them in "
              + ZonesComponent.ADDRESSES + " (one place for every policy; add " + ZonesComponent.DIR
              + " last to your overlay).";
      limits.add(new Limit(TARGET, "zone " + zone.id(), instead,
          Finding.of(Message.ZONE_WITHOUT_DEFAULTS, Subject.zone(zone.id()), zone.id(), "the Kubernetes target", hint)));
    }
    for (Zone zone : rulePlan.zonesInUse()) {
      if (zone.localSubnet() && !zone.hasNoDefaults()) {
        limits.add(Limit.documented(TARGET, "zone " + zone.id(), "The hosts' own subnet cannot be looked up by a"
            + " NetworkPolicy: the policies use the zone's default CIDRs instead."));
      }
    }
    for (Component peer : rulePlan.peerComponents()) {
      limits.add(Limit.documented(TARGET, "component " + peer.id() + " as a peer", "Matched by its pods' labels"
          + " in the namespace the policies are applied to: if it runs outside the cluster (or in another"
          + " namespace), nothing matches it; patch an ipBlock with its addresses into the policies."));
    }
    limits.add(Limit.documented(TARGET, "pods with hostNetwork: true", "NetworkPolicy does not govern pods that"
        + " use the node's network (their traffic is the node's): filter it on the nodes instead, with the Ansible"
        + " role, or with Cilium host policies (a CiliumClusterwideNetworkPolicy with a nodeSelector, Cilium's host"
        + " firewall enabled)."));
    if (rulePlan.outgoingMustStayOpen()) {
      limits.add(Limit.documented(TARGET, "restricting outgoing traffic", "No " + Planner.EGRESS_DIR
          + " is generated, so egress stays open. " + rulePlan.egressStance()));
    }
    return limits;
  }

  @Override
  public TargetOutput render(RulePlan rulePlan, RenderContext context) {
    Product product = rulePlan.product();
    TargetOutput.Builder out = new TargetOutput.Builder();
    Naming naming = new Naming(product, context);
    Plan plan = planOf(rulePlan, naming, context);
    String dir = "kubernetes/" + product.id() + "/";
    String header = FlowText.line(context.header(product));
    for (Bundle bundle : plan.bundles()) {
      for (Policy policy : bundle.policies()) {
        out.file(dir + bundle.path(policy.file()),
            context.templates().render(NETWORK_POLICY_TEMPLATE, PolicyView.of(policy, header, naming)));
      }
      out.file(dir + bundle.path("kustomization.yaml"),
          context.templates().render(KUSTOMIZATION_TEMPLATE, kustomization(bundle, plan, header)));
    }
    if (ZonesComponent.needed(rulePlan)) {
      out.file(dir + ZonesComponent.DIR + "/kustomization.yaml", context.templates().render(ZONES_TEMPLATE,
          ZonesComponent.kustomization(rulePlan, plan, header)));
      out.file(dir + ZonesComponent.ADDRESSES, context.templates().render(ADDRESSES_TEMPLATE,
          ZonesComponent.addresses(rulePlan, header)));
    }
    out.file(dir + "README.md", context.templates().render(README_TEMPLATE,
        new ReadmeBuilder(rulePlan, plan, naming, limits(rulePlan, context)).build(header)));
    return out.build();
  }

  private static String what(Variable v) {
    return v.kind() == VariableKind.INSTANCE_COUNT ? "instance count"
        : v.kind() == VariableKind.PROTOCOL ? "protocol" : "port";
  }

  private static KustomizationView kustomization(Bundle bundle, Plan plan, String header) {
    List<String> resources = bundle.policies().stream().map(Policy::file).toList();
    List<String> comments = new ArrayList<>();
    if (bundle.isBase()) {
      comments.add("Kustomize base: kubectl apply -n <namespace> -k <this directory>.");
      if (!plan.components().isEmpty()) {
        comments.add("Optional kustomize components (list them under components: in your overlay):");
        for (Bundle component : plan.components()) {
          comments.add("- " + component.dir() + ": " + component.summary());
        }
      }
      comments.add(0, header);
      return new KustomizationView(header, lines(comments), KustomizationView.KUSTOMIZATION_API, "Kustomization",
          resources);
    }
    comments.add(header);
    comments.add("Kustomize component: " + bundle.summary());
    comments.add("Add it under components: in an overlay whose resources include the base (../..).");
    return new KustomizationView(header, lines(comments), KustomizationView.COMPONENT_API, "Component", resources);
  }

  private static List<String> lines(List<String> texts) {
    return CommentLines.wrapAll(texts, 0);
  }
}
