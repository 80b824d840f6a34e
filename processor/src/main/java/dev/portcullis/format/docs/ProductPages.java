package dev.portcullis.format.docs;

import dev.portcullis.format.Limit;
import dev.portcullis.model.Feature;
import dev.portcullis.model.Flow;
import dev.portcullis.model.Product;
import dev.portcullis.model.Variable;
import dev.portcullis.model.VariableKind;
import dev.portcullis.model.Zone;
import dev.portcullis.plan.PlannedRule;
import dev.portcullis.plan.PortSpec;
import dev.portcullis.plan.RulePlan;
import dev.portcullis.render.Literals;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Builds the {@link ProductPage} view of a product's plan: the rules, the declared flows and the
 * targets' declared limits spelled out as a reader wants them. Nothing here decides what a rule
 * allows or what a target cannot do; it only reads the plan and the limits.
 */
final class ProductPages {
  /** What an empty cell shows, so a table never has a blank that looks like a mistake. */
  static final String NONE = "—";

  ProductPage build(RulePlan plan, List<Limit> limits, String header) {
    Product product = plan.product();
    var p = product.prerequisites();
    return new ProductPage(
        htmlComment(header),
        product.id(),
        product.title(),
        nullToEmpty(product.description()),
        !nullToEmpty(product.description()).isBlank(),
        LinkTarget.of(nullToEmpty(product.docs())),
        !nullToEmpty(product.docs()).isBlank(),
        product.sourceClass(),
        product.components().stream()
            .map(c -> new ProductPage.ComponentRow(c.id(), orNone(c.description()))).toList(),
        product.zones().stream().map(ProductPages::zone).toList(),
        product.features().stream().map(ProductPages::feature).toList(),
        product.variables().stream().map(ProductPages::variable).toList(),
        plan.rules().stream().map(r -> rule(product, r)).toList(),
        product.flows().stream().map(f -> flow(product, f)).toList(),
        new DiagramBuilder().build(plan),
        sentence(plan.egressStance()),
        p.sysctls().stream().map(s -> new ProductPage.SysctlRow(s.key(), s.value(), sentence(s.reason()))).toList(),
        sentence(p.outgoingReason()),
        p.requiresOutgoing(),
        sentence(p.forwardingReason()),
        p.requiresForwarding(),
        !p.isEmpty(),
        product.notes(),
        limits(limits));
  }

  /** The declared limits as table rows, each once, in the order the targets declared them. */
  private static List<ProductPage.LimitRow> limits(List<Limit> limits) {
    LinkedHashSet<ProductPage.LimitRow> rows = new LinkedHashSet<>();
    for (Limit l : limits) {
      rows.add(new ProductPage.LimitRow(l.target(), l.subject(), l.instead()));
    }
    return List.copyOf(rows);
  }

  private static ProductPage.ZoneRow zone(Zone z) {
    List<String> scope = new ArrayList<>();
    if (z.isPublic()) {
      scope.add("public");
    }
    if (z.localSubnet()) {
      scope.add("the host's own subnet");
    }
    if (!z.namespaceSelector().isEmpty()) {
      scope.add("Kubernetes namespaces " + String.join(", ", z.namespaceSelector()));
    }
    if (z.hasNames()) {
      scope.add("host names " + String.join(", ", z.names()));
    }
    return new ProductPage.ZoneRow(z.id(), orNone(z.description()), list(z.ipv4()), list(z.ipv6()),
        scope.isEmpty() ? NONE : String.join("; ", scope));
  }

  private static ProductPage.FeatureRow feature(Feature f) {
    return new ProductPage.FeatureRow(f.id(), orNone(f.description()), f.enabledByDefault() ? "on" : "off");
  }

  private static ProductPage.VariableRow variable(Variable v) {
    String allowed = v.kind() == VariableKind.PROTOCOL ? String.join(", ", v.choices()) : v.min() + "-" + v.max();
    return new ProductPage.VariableRow(v.name(), v.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
        String.valueOf(v.defaultValue()), allowed, orNone(v.flowId()), orNone(v.description()));
  }

  private static ProductPage.RuleRow rule(Product product, PlannedRule r) {
    String peer = r.peer().isZone() ? "zone " + r.peer().id()
        : r.peer().id().equals(r.component()) ? r.component() + " (other members)" : r.peer().id();
    List<String> variables = new ArrayList<>();
    if (r.ports() instanceof PortSpec.Configurable c) {
      variables.add("port: " + c.variable());
    }
    if (r.protocol().isVariable()) {
      variables.add("protocol: " + r.protocol().variable());
    }
    if (r.ports() instanceof PortSpec.Numbered n) {
      variables.add("instances: " + n.variable());
    }
    return new ProductPage.RuleRow(r.component(), r.direction().lower(), peer, PortText.ports(r),
        r.protocol().transport().name(), feature(product, r.feature()),
        variables.isEmpty() ? NONE : String.join(", ", variables), String.join(", ", r.flows()));
  }

  private static String feature(Product product, String feature) {
    return feature == null ? NONE
        : feature + product.feature(feature).map(x -> x.enabledByDefault() ? " (on by default)" : " (off by default)")
            .orElse("");
  }

  private static ProductPage.FlowRow flow(Product product, Flow f) {
    String peer = f.isSelfPeer() ? f.component() + " (other members)"
        : (f.peer().isZone() ? "zone " : "") + f.peer().id();
    String purpose = f.purpose() == null || f.purpose().isBlank() || f.purpose().equals(f.service())
        ? f.service() : f.service() + ": " + f.purpose();
    String feature = feature(product, f.feature());
    List<String> variables = new ArrayList<>();
    if (f.portVariable() != null) {
      variables.add("port: " + f.portVariable());
    }
    if (f.protocolVariable() != null) {
      variables.add("protocol: " + f.protocolVariable());
    }
    if (f.instances() != null) {
      variables.add("instances: " + f.instances().variable());
    }
    return new ProductPage.FlowRow(f.id(), f.component(), peer, PortText.ports(f), PortText.protocol(f),
        f.direction().name().toLowerCase(Locale.ROOT), purpose, feature,
        variables.isEmpty() ? NONE : String.join(", ", variables));
  }

  /** The body of an HTML comment: one line, and no {@code --} that could end it early. */
  static String htmlComment(String text) {
    String line = Literals.commentLine(text);
    while (line.contains("--")) {
      line = line.replace("--", "- -");
    }
    return line.replace(">", "&gt;");
  }

  /** Vendor reasons read as sentences after a bold lead-in: end them with a full stop. */
  static String sentence(String text) {
    String s = nullToEmpty(text).strip();
    return s.isEmpty() || s.endsWith(".") ? s : s + ".";
  }

  private static String list(List<String> values) {
    return values.isEmpty() ? "none" : String.join(", ", values);
  }

  private static String orNone(String s) {
    return s == null || s.isBlank() ? NONE : s;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
