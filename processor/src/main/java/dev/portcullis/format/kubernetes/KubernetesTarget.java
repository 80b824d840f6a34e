package dev.portcullis.format.kubernetes;

import dev.portcullis.plan.RulePlan;
import dev.portcullis.diagnostics.Message;
import dev.portcullis.model.Product;
import dev.portcullis.model.SysctlSetting;
import dev.portcullis.model.Zone;
import dev.portcullis.processor.Options;
import dev.portcullis.format.Finding;
import dev.portcullis.format.RenderContext;
import dev.portcullis.format.Subject;
import dev.portcullis.format.Target;
import dev.portcullis.format.TargetOutput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code kubernetes/<product>/}: NetworkPolicies (networking.k8s.io/v1) and kustomize files.
 * A default deny selects every pod of the product; one policy per component allows its flows;
 * off-by-default features and opt-in egress isolation are kustomize Components. What a
 * NetworkPolicy cannot say (ICMP, host prerequisites, zones without addresses) is a comment in
 * the manifests and a build warning. See {@link Planner} for what goes where.
 */
public final class KubernetesTarget implements Target {
  private static final String NETWORK_POLICY_TEMPLATE = "kubernetes/networkpolicy.yaml.mustache";
  private static final String KUSTOMIZATION_TEMPLATE = "kubernetes/kustomization.yaml.mustache";
  private static final String README_TEMPLATE = "kubernetes/README.md.mustache";

  @Override
  public String name() {
    return "kubernetes";
  }

  @Override
  public TargetOutput render(RulePlan rulePlan, RenderContext context) {
    Product product = rulePlan.product();
    TargetOutput.Builder out = new TargetOutput.Builder();
    Naming naming = new Naming(product, context);
    if (!checkInputs(product, naming, out)) {
      return out.build();
    }
    Plan plan = new Planner(product, naming).plan();
    if (!checkNames(product, plan, out)) {
      return out.build();
    }
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
    out.file(dir + "README.md",
        context.templates().render(README_TEMPLATE, new ReadmeBuilder(product, plan, naming).build(header)));
    warn(product, plan, out);
    return out.build();
  }

  /** Label keys that clash and namespace selectors that are not labels stop the target. */
  private static boolean checkInputs(Product product, Naming naming, TargetOutput.Builder out) {
    boolean ok = true;
    if (naming.partOfLabel().equals(naming.componentLabel())) {
      out.finding(Finding.of(Message.BAD_OPTION, Subject.product(), Options.K8S_COMPONENT_LABEL,
          naming.componentLabel(), "must differ from " + Options.K8S_PART_OF_LABEL
              + ", or pods could not be told apart by component"));
      ok = false;
    }
    for (Zone zone : product.zones()) {
      for (ZonePeers.Problem problem : ZonePeers.problems(zone)) {
        out.finding(Finding.of(Message.K8S_NAMESPACE_SELECTOR, Subject.zone(zone.id()), zone.id(),
            problem.entry(), problem.reason()));
        ok = false;
      }
    }
    return ok;
  }

  /** Policy names must be unique in a namespace (and so are the file names made from them). */
  private static boolean checkNames(Product product, Plan plan, TargetOutput.Builder out) {
    Set<String> seen = new HashSet<>();
    boolean ok = true;
    for (Bundle bundle : plan.bundles()) {
      for (Policy policy : bundle.policies()) {
        if (!seen.add(policy.name())) {
          out.finding(Finding.of(Message.K8S_NAME_CLASH, Subject.product(), product.id(), policy.name()));
          ok = false;
        }
      }
    }
    return ok;
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
      return new KustomizationView(header, lines(comments), KustomizationView.KUSTOMIZATION_API, "Kustomization",
          resources);
    }
    comments.add("Kustomize component: " + bundle.summary());
    comments.add("Add it under components: in an overlay whose resources include the base (../..).");
    return new KustomizationView(header, lines(comments), KustomizationView.COMPONENT_API, "Component", resources);
  }

  private static void warn(Product product, Plan plan, TargetOutput.Builder out) {
    String readme = "kubernetes/" + product.id() + "/README.md";
    for (String zone : plan.emptyZonesUsed().stream().sorted().toList()) {
      boolean localSubnet = product.zone(zone).map(Zone::localSubnet).orElse(false);
      String hint = (localSubnet ? "it is the hosts' own subnet, which a NetworkPolicy cannot look up; " : "")
          + "give @Zone(id = \"" + zone + "\") ipv4/ipv6 defaults or a namespaceSelector, or add its"
          + " addresses with a kustomize patch (see " + readme + ")";
      out.finding(Finding.of(Message.ZONE_WITHOUT_DEFAULTS, Subject.zone(zone), zone, "the Kubernetes target", hint));
    }
    for (Map.Entry<String, List<String>> icmp : plan.icmpFiles().entrySet().stream()
        .sorted(Map.Entry.comparingByKey()).toList()) {
      out.finding(Finding.of(Message.K8S_ICMP_UNSUPPORTED, new Subject(Subject.Kind.FLOW, icmp.getKey()),
          icmp.getKey(), String.join(" and ", icmp.getValue())));
    }
    String where = readme + " and default-deny.yaml";
    for (SysctlSetting sysctl : product.prerequisites().sysctls()) {
      out.finding(Finding.of(Message.K8S_PREREQUISITE, Subject.prerequisite(sysctl.key()),
          "sysctl " + sysctl.key() + "=" + sysctl.value(), where));
    }
    if (product.prerequisites().requiresForwarding()) {
      out.finding(Finding.of(Message.K8S_PREREQUISITE, Subject.prerequisite("forwarding"),
          "packet forwarding", where));
    }
  }

  private static List<String> lines(List<String> texts) {
    return texts.stream().map(FlowText::line).toList();
  }
}
