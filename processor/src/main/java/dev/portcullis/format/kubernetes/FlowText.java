package dev.portcullis.format.kubernetes;

import dev.portcullis.model.Flow;
import dev.portcullis.model.Icmp;
import dev.portcullis.model.Instances;
import dev.portcullis.model.Product;
import dev.portcullis.model.Variable;
import dev.portcullis.render.Literals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The comment lines that explain a flow in a manifest, each safe as one YAML comment line. */
public final class FlowText {
  private FlowText() {}

  /** {@code flow node/rest_api: REST API (purpose)} plus one line per configurable value. */
  public static List<String> describe(Flow flow, Product product) {
    List<String> lines = new ArrayList<>();
    String purpose = flow.purpose().isBlank() || flow.purpose().equals(flow.service())
        ? "" : " (" + flow.purpose() + ")";
    lines.add(line("flow " + flow.key() + ": " + flow.service() + purpose + ", " + direction(flow)));
    if (flow.portVariable() != null) {
      lines.add(line("port configurable as '" + flow.portVariable() + "' (default "
          + defaultOf(product, flow.portVariable()) + "); this policy opens the default"));
    }
    if (flow.protocolVariable() != null) {
      lines.add(line("protocol configurable as '" + flow.protocolVariable() + "' (default "
          + defaultOf(product, flow.protocolVariable()) + "); this policy opens the default"));
    }
    if (flow.instances() != null) {
      Instances instances = flow.instances();
      lines.add(line("instance N listens on " + instances.base() + "+N; '" + instances.variable()
          + "' defaults to " + instances.defaultCount() + " instances, which this policy opens"));
    }
    return lines;
  }

  /** Why an ICMP flow is only a comment. */
  static List<String> icmp(Flow flow, Product product) {
    List<String> lines = new ArrayList<>(describe(flow, product));
    lines.add(line("NOT ENFORCED: " + icmpText(flow.icmp())
        + " cannot be written in a NetworkPolicy (pods isolated by these policies may drop it);"
        + " allow it in your CNI's own policy (Calico, Cilium) if you need it"));
    return lines;
  }

  public static String icmpText(Icmp icmp) {
    String v4 = "ICMP type " + any(icmp.type()) + " code " + any(icmp.code());
    return icmp.hasV6() ? v4 + " (ICMPv6 type " + any(icmp.v6Type()) + " code " + any(icmp.v6Code()) + ")" : v4;
  }

  static String direction(Flow flow) {
    String peer = flow.isSelfPeer() ? "between pods of component " + flow.component()
        : (flow.peer().isComponent() ? "component " : "zone ") + flow.peer().id();
    if (flow.isSelfPeer()) {
      return peer;
    }
    return switch (flow.direction()) {
      case INBOUND -> "inbound to " + flow.component() + " from " + peer;
      case OUTBOUND -> "outbound from " + flow.component() + " to " + peer;
      case BIDIRECTIONAL -> "both ways between " + flow.component() + " and " + peer;
    };
  }

  static String line(String text) {
    return Literals.commentLine(text);
  }

  private static String any(int value) {
    return value == Icmp.ANY ? "any" : Integer.toString(value);
  }

  private static String defaultOf(Product product, String variable) {
    return product.variable(variable).map(Variable::defaultValue).map(String::valueOf)
        .map(v -> v.toLowerCase(Locale.ROOT)).orElse("?");
  }
}
