package dev.portcullis.format.ansible;

import dev.portcullis.model.Icmp;
import dev.portcullis.model.Product;
import dev.portcullis.model.SysctlSetting;
import dev.portcullis.plan.PlannedRule;
import dev.portcullis.plan.PortSpec;
import dev.portcullis.plan.RulePlan;
import dev.portcullis.render.Literals;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The scope of the role's README. Text from the definition goes through the Markdown escaper
 * ({@code <% x %>}); ids, variable names and paths are written raw inside code spans.
 */
record ReadmeView(
    String role,
    String headerHtml,
    String title,
    boolean hasDescription,
    String description,
    String sourceClass,
    boolean hasDocs,
    String docs,
    List<Row> variables,
    List<MatrixRow> matrix,
    String chainIn,
    String chainOut,
    String chainDocker,
    String configDir,
    String restoreScript,
    String unit,
    boolean outgoingRequired,
    String outgoingReason,
    boolean hasPrerequisites,
    List<String> prerequisites,
    boolean hasNotes,
    List<String> notes,
    String playbook) {

  private static final Pattern SAFE_CODE = Pattern.compile("[A-Za-z0-9_.:/ -]+");
  private static final Pattern SAFE_URL = Pattern.compile("https?://[A-Za-z0-9._~%/?#=&+:@-]+");

  /** A row of the variables table. */
  record Row(String name, String type, String readmeDefault, String description) {}

  /** A row of the rule matrix: one planned rule. */
  record MatrixRow(String component, String direction, String peer, String protocol, String ports,
      String condition, String flows) {}

  static ReadmeView of(RulePlan plan, RoleNames names, RoleView role, List<RoleVariable> variables,
      String header, String playbook) {
    Product product = plan.product();
    List<Row> rows = variables.stream().map(v -> new Row(v.name(),
        v.type().equals("list") ? "list of str" : v.type(), defaultCell(v.value()), v.description())).toList();
    List<MatrixRow> matrix = plan.rules().stream().map(r -> matrixRow(r, names)).toList();
    List<String> prerequisites = new ArrayList<>();
    for (SysctlSetting s : product.prerequisites().sysctls()) {
      prerequisites.add("sysctl " + s.key() + " = " + s.value() + reason(s.reason())
          + " (ansible.posix.sysctl, in " + names.sysctlFile() + "; with ufw also in /etc/ufw/sysctl.conf)");
    }
    if (product.prerequisites().requiresForwarding()) {
      prerequisites.add("forwarded packets accepted" + reason(product.prerequisites().forwardingReason())
          + " (ufw: default allow routed; iptables: FORWARD policy ACCEPT)");
    }
    String docs = product.docs() == null ? "" : product.docs().strip();
    String outgoing = product.prerequisites().outgoingReason();
    return new ReadmeView(
        names.role(),
        header.replace("--", "- -"),
        product.title(),
        product.description() != null && !product.description().isBlank(),
        product.description() == null ? "" : product.description().strip(),
        product.sourceClass(),
        SAFE_URL.matcher(docs).matches(),
        "<" + docs + ">",
        rows,
        matrix,
        role.chainIn(),
        role.chainOut(),
        role.chainDocker(),
        role.configDir(),
        role.restoreScript(),
        role.unit(),
        product.prerequisites().requiresOutgoing(),
        outgoing == null || outgoing.isBlank() ? "its outgoing traffic must stay allowed" : RoleVariables.phrase(outgoing),
        !prerequisites.isEmpty(),
        prerequisites,
        !product.notes().isEmpty(),
        product.notes(),
        playbook.stripTrailing());
  }

  /** Markdown for a default: literal values in code spans, a computed one as prose. */
  static String defaultCell(RoleVariable.Value value) {
    if (value instanceof RoleVariable.Computed computed) {
      return Literals.markdownText(computed.readme());
    }
    if (value instanceof RoleVariable.Strings strings) {
      return strings.items().isEmpty() ? "`[]`"
          : String.join(", ", strings.items().stream().map(ReadmeView::code).toList());
    }
    return code(value.readme());
  }

  /** A code span, or escaped text when the value holds characters a code span cannot carry. */
  private static String code(String text) {
    return SAFE_CODE.matcher(text).matches() ? "`" + text + "`" : Literals.markdownText(text);
  }

  private static MatrixRow matrixRow(PlannedRule rule, RoleNames names) {
    String peer = rule.peer().isZone() ? "zone " + rule.peer().id()
        : rule.peer().id().equals(rule.component()) ? "other " + rule.peer().id() + " hosts"
        : rule.peer().id() + " hosts";
    String ports;
    PortSpec spec = rule.ports();
    if (spec instanceof PortSpec.Numbered n) {
      ports = (n.base() + 1) + "-" + (n.base() + n.defaultCount()) + " (" + n.base() + "+N for N = 1.."
          + names.variable(n.variable()) + ")";
    } else if (spec instanceof PortSpec.Configurable c) {
      ports = c.defaultPort() + " (" + names.variable(c.variable()) + ")";
    } else {
      ports = String.join(", ", spec.defaultRanges().stream().map(Object::toString).toList());
    }
    String condition = rule.feature() == null ? "always" : names.feature(rule.feature());
    return new MatrixRow(rule.component(), rule.direction().lower(), peer, protocol(rule, names), ports, condition,
        String.join(", ", rule.flows()));
  }

  private static String protocol(PlannedRule rule, RoleNames names) {
    if (rule.icmp() != null) {
      Icmp icmp = rule.icmp();
      String v4 = icmp.type() == Icmp.ANY ? "any type" : "type " + icmp.type()
          + (icmp.code() == Icmp.ANY ? "" : " code " + icmp.code());
      String v6 = !icmp.hasV6() ? "no ICMPv6 counterpart" : icmp.v6Type() == Icmp.ANY ? "ICMPv6 any type"
          : "ICMPv6 type " + icmp.v6Type() + (icmp.v6Code() == Icmp.ANY ? "" : " code " + icmp.v6Code());
      return "ICMP " + v4 + " (" + v6 + ")";
    }
    String transport = rule.protocol().transport().name();
    return rule.protocol().isVariable() ? transport + " (" + names.variable(rule.protocol().variable()) + ")"
        : transport;
  }

  private static String reason(String reason) {
    return reason == null || reason.isBlank() ? "" : ": " + RoleVariables.phrase(reason);
  }

  /** The names of the nftables and firewalld backends, for their sections of the README. */
  public BackendView backends() {
    return BackendView.of(new RoleNames(role.substring(0, role.length() - "_firewall".length()), role), "");
  }
}
