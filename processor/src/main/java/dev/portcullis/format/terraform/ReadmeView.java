package dev.portcullis.format.terraform;

import dev.portcullis.model.Flow;
import dev.portcullis.model.Product;
import dev.portcullis.model.SysctlSetting;
import dev.portcullis.model.Transport;
import dev.portcullis.plan.RulePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scope of {@code README.md.mustache}. Fields named {@code ...Code} are raw text for code
 * spans and blocks (ids, numbers, CIDRs and keys, which need no Markdown escaping); the rest is
 * escaped by the template engine.
 */
public record ReadmeView(
    String header,
    String title,
    String description,
    boolean hasDescription,
    String docs,
    boolean hasDocs,
    String moduleCode,
    List<String> usageZone,
    List<String> usageComponent,
    List<String> usagePeer,
    int quota,
    List<GroupRow> groups,
    List<FlowRow> flows,
    List<GroupRules> groupRules,
    List<VariableView> inputs,
    List<OutputRow> outputs,
    String egressStance,
    boolean outgoingMustStayOpen,
    boolean split,
    boolean hasZones,
    List<String> prerequisites,
    boolean hasPrerequisites,
    List<String> notes,
    boolean hasNotes) {

  /** A row of the group table: rule counts with the defaults. */
  public record GroupRow(String nameCode, String componentCode, String part, RuleCounts counts) {}

  /** A row of the port matrix (one flow of the definition). */
  public record FlowRow(String componentCode, String idCode, String service, String purpose, String direction,
      String peer, String protocol, String ports, String when) {}

  /** The rules of one component. */
  public record GroupRules(String nameCode, RuleCounts counts, List<RuleRow> rules) {}

  /** One rule (before the expansion over CIDRs) of a group. */
  public record RuleRow(String keysCode, String direction, String protocol, String ports, String peer,
      String when, int ipv4, int ipv6) {}

  /** An output. */
  public record OutputRow(String nameCode, String description) {}

  static ReadmeView of(RulePlan plan, String header, List<GroupPlan> groups, Map<String, List<RuleUnit>> units,
      List<VariableView> inputs, List<OutputRow> outputs) {
    Product product = plan.product();
    List<GroupRow> groupRows = groups.stream().map(g -> new GroupRow(g.name(), g.component(),
        g.parts() > 1 ? g.part() + " of " + g.parts() : "1", g.counts())).toList();
    List<FlowRow> flowRows = product.flows().stream().map(f -> flowRow(product, f)).toList();
    // per component, the rules that have addresses by default (prefix lists, group ids and external
    // CIDRs have none: the text says how they are keyed)
    List<GroupRules> rules = new ArrayList<>();
    units.forEach((component, list) -> rules.add(new GroupRules(component, RuleCounts.sum(list, product),
        list.stream().filter(r -> r.peer().kind() != RulePeer.Kind.ZONE_PREFIX_LIST
                && r.peer().kind() != RulePeer.Kind.ZONE_GROUP && !r.peer().isExternal())
            .map(r -> ruleRow(product, r)).toList())));
    List<String> prerequisites = new ArrayList<>();
    for (SysctlSetting s : product.prerequisites().sysctls()) {
      prerequisites.add("Kernel setting " + s.key() + "=" + s.value() + (s.reason().isBlank() ? "" : ": " + s.reason())
          + " (set it on the instances; a security group cannot)");
    }
    if (product.prerequisites().requiresForwarding()) {
      prerequisites.add("The instances must forward packets: " + product.prerequisites().forwardingReason()
          + " (set it on the instances, and disable the source/destination check of their network interfaces)");
    }
    return new ReadmeView(
        header,
        product.title(),
        product.description(),
        !product.description().isBlank(),
        product.docs(),
        !product.docs().isBlank(),
        product.id(),
        plan.zonesInUse().stream().limit(1).map(z -> z.id()).toList(),
        product.components().stream().limit(1).map(c -> c.id()).toList(),
        plan.peerComponents().stream().limit(1).map(c -> c.id()).toList(),
        QuotaFitter.AWS_DEFAULT_QUOTA,
        groupRows,
        flowRows,
        rules,
        inputs,
        outputs,
        ModuleVariables.egressStance(plan),
        plan.outgoingMustStayOpen(),
        groups.stream().anyMatch(g -> g.parts() > 1),
        !plan.zonesInUse().isEmpty(),
        prerequisites,
        !prerequisites.isEmpty(),
        product.notes(),
        !product.notes().isEmpty());
  }

  private static FlowRow flowRow(Product product, Flow f) {
    String peer = f.peer().isZone() ? "zone " + f.peer().id()
        : f.isSelfPeer() ? "component " + f.peer().id() + " (other members)" : "component " + f.peer().id();
    String protocol;
    if (f.isIcmp()) {
      protocol = "ICMP " + RulePorts.icmp(f.icmp().type(), f.icmp().code()).text()
          + (f.icmp().hasV6() ? " / ICMPv6 " + RulePorts.icmp(f.icmp().v6Type(), f.icmp().v6Code()).text()
              : " (IPv4 only)");
    } else {
      protocol = String.join("+", f.transports().stream().map(Transport::lower).toList())
          + (f.protocolVariable() == null ? "" : " (var." + f.protocolVariable() + ")");
    }
    String ports = f.isIcmp() ? "-" : String.join(", ", f.ports().stream().map(Object::toString).toList());
    if (f.portVariable() != null) {
      ports += " (var." + f.portVariable() + ")";
    }
    if (f.instances() != null) {
      ports += " (" + f.instances().base() + " + var." + f.instances().variable() + ")";
    }
    String when = f.feature() == null ? "always" : "var." + FeatureGate.variable(f.feature());
    return new FlowRow(f.component(), f.id(), f.service(), f.purpose(), f.direction().name().toLowerCase(java.util.Locale.ROOT),
        peer, protocol, ports, when);
  }

  private static RuleRow ruleRow(Product product, RuleUnit r) {
    List<String> keys = DefaultKeys.of(r, product);
    String keysCode = keys.isEmpty()
        ? "`" + DefaultKeys.pattern(r, product) + "` (none by default)"
        : String.join("<br>", keys.stream().map(k -> "`" + k + "`").toList());
    String peer = switch (r.peer().kind()) {
      case GROUP -> "group " + r.peer().id();
      case ZONE_IPV4 -> "zone " + r.peer().id() + " IPv4 CIDRs";
      case ZONE_IPV6 -> "zone " + r.peer().id() + " IPv6 CIDRs";
      case ZONE_PREFIX_LIST -> "zone " + r.peer().id() + " prefix lists";
      case ZONE_GROUP -> "zone " + r.peer().id() + " security groups";
      case EXTERNAL_IPV4 -> "component " + r.peer().id() + " IPv4 CIDRs outside the VPC";
      case EXTERNAL_IPV6 -> "component " + r.peer().id() + " IPv6 CIDRs outside the VPC";
      case ANYWHERE_IPV4, ANYWHERE_IPV6 -> "anywhere (" + r.peer().id() + ")";
    };
    RuleCounts c = RuleCounts.of(r, product);
    return new RuleRow(keysCode, r.direction().word(), r.protocol().text(), r.ports().text(), peer,
        r.gate() == null ? "always" : "var." + r.gate() + (r.gateDefault() ? " (on)" : " (off)"),
        c.ingressIpv4() + c.egressIpv4(), c.ingressIpv6() + c.egressIpv6());
  }
}
