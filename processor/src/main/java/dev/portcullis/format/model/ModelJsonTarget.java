package dev.portcullis.format.model;

import dev.portcullis.plan.PlannedRule;
import dev.portcullis.plan.PortSpan;
import dev.portcullis.plan.PortSpec;
import dev.portcullis.plan.RulePlan;
import dev.portcullis.model.Component;
import dev.portcullis.model.Feature;
import dev.portcullis.model.Flow;
import dev.portcullis.model.Icmp;
import dev.portcullis.model.PortRange;
import dev.portcullis.model.Product;
import dev.portcullis.model.SysctlSetting;
import dev.portcullis.model.Transport;
import dev.portcullis.model.Variable;
import dev.portcullis.model.Zone;
import dev.portcullis.format.RenderContext;
import dev.portcullis.format.Target;
import dev.portcullis.format.TargetOutput;
import java.util.Locale;

/**
 * {@code model/<product>.json}: the normalized model for other tools (format documented in the
 * README, {@code "schema": "portcullis-model/1"}): the declared flows and, beside them, the
 * plan's rules ({@code rules[]}, both ends of every flow between components). Built as a tree so
 * key order is fixed here. Printed by {@link JsonTree}, byte for byte as Jackson printed it.
 */
public final class ModelJsonTarget implements Target {
  public static final String SCHEMA = "portcullis-model/1";

  @Override
  public String name() {
    return "model";
  }

  @Override
  public TargetOutput render(RulePlan plan, RenderContext context) {
    Product product = plan.product();
    JsonTree.Obj root = new JsonTree.Obj();
    root.put("schema", SCHEMA);
    root.put("generatedBy", context.generator());
    root.put("source", product.sourceClass());
    root.put("id", product.id());
    root.put("title", product.title());
    root.put("docs", product.docs());
    root.put("description", product.description());
    JsonTree.Arr components = root.putArray("components");
    for (Component c : product.components()) {
      components.addObject().put("id", c.id()).put("description", c.description());
    }
    JsonTree.Arr zones = root.putArray("zones");
    for (Zone z : product.zones()) {
      JsonTree.Obj node = zones.addObject().put("id", z.id()).put("description", z.description());
      z.ipv4().forEach(node.putArray("ipv4")::add);
      z.ipv6().forEach(node.putArray("ipv6")::add);
      node.put("public", z.isPublic()).put("localSubnet", z.localSubnet());
      z.namespaceSelector().forEach(node.putArray("namespaceSelector")::add);
    }
    JsonTree.Arr features = root.putArray("features");
    for (Feature f : product.features()) {
      features.addObject().put("id", f.id()).put("description", f.description())
          .put("enabledByDefault", f.enabledByDefault());
    }
    JsonTree.Arr variables = root.putArray("variables");
    for (Variable v : product.variables()) {
      JsonTree.Obj node = variables.addObject().put("name", v.name())
          .put("kind", lower(v.kind().name())).put("flow", v.flowId())
          .put("description", v.description());
      if (v.defaultValue() instanceof Integer number) {
        node.put("default", number).put("min", v.min()).put("max", v.max());
      } else {
        node.put("default", String.valueOf(v.defaultValue()));
        v.choices().forEach(node.putArray("choices")::add);
      }
    }
    JsonTree.Arr flows = root.putArray("flows");
    for (Flow f : product.flows()) {
      flows.add(flow(f));
    }
    JsonTree.Arr rules = root.putArray("rules");
    for (PlannedRule r : plan.rules()) {
      rules.add(rule(r));
    }
    JsonTree.Obj prerequisites = root.putObject("prerequisites");
    JsonTree.Arr sysctls = prerequisites.putArray("sysctl");
    for (SysctlSetting s : product.prerequisites().sysctls()) {
      sysctls.addObject().put("key", s.key()).put("value", s.value()).put("reason", s.reason());
    }
    JsonTree.Obj outgoing = prerequisites.putObject("outgoing");
    outgoing.put("mustBeAllowed", product.prerequisites().requiresOutgoing());
    outgoing.put("reason", nullToEmpty(product.prerequisites().outgoingReason()));
    JsonTree.Obj forwarding = prerequisites.putObject("forwarding");
    forwarding.put("mustBeAllowed", product.prerequisites().requiresForwarding());
    forwarding.put("reason", nullToEmpty(product.prerequisites().forwardingReason()));
    product.notes().forEach(root.putArray("notes")::add);
    return new TargetOutput.Builder().file("model/" + product.id() + ".json", write(root)).build();
  }

  private static JsonTree.Obj flow(Flow f) {
    JsonTree.Obj node = new JsonTree.Obj();
    node.put("id", f.id()).put("component", f.component()).put("service", f.service())
        .put("purpose", f.purpose());
    node.putObject("peer").put("kind", lower(f.peer().kind().name())).put("id", f.peer().id());
    node.put("direction", lower(f.direction().name()));
    node.put("protocol", lower(f.protocol().name()));
    JsonTree.Arr transports = node.putArray("transports");
    for (Transport t : f.transports()) {
      transports.add(t.lower());
    }
    JsonTree.Arr ports = node.putArray("ports");
    for (PortRange r : f.ports()) {
      ports.addObject().put("from", r.from()).put("to", r.to());
    }
    if (f.icmp() != null) {
      Icmp icmp = f.icmp();
      JsonTree.Obj i = node.putObject("icmp").put("type", icmp.type()).put("code", icmp.code());
      if (icmp.hasV6()) {
        i.put("v6Type", icmp.v6Type()).put("v6Code", icmp.v6Code());
      }
    }
    putIfPresent(node, "portVariable", f.portVariable());
    putIfPresent(node, "protocolVariable", f.protocolVariable());
    if (f.instances() != null) {
      node.putObject("instances").put("base", f.instances().base())
          .put("defaultCount", f.instances().defaultCount())
          .put("maxCount", f.instances().maxCount())
          .put("variable", f.instances().variable());
    }
    putIfPresent(node, "feature", f.feature());
    putIfPresent(node, "constant", f.constant());
    return node;
  }

  /** A rule of the plan, as the README documents it. */
  private static JsonTree.Obj rule(PlannedRule r) {
    JsonTree.Obj node = new JsonTree.Obj();
    node.put("component", r.component()).put("direction", r.direction().lower());
    node.putObject("peer").put("kind", lower(r.peer().kind().name())).put("id", r.peer().id());
    node.put("transport", r.protocol().transport().lower());
    putIfPresent(node, "protocolVariable", r.protocol().variable());
    JsonTree.Obj ports = node.putObject("ports");
    if (r.ports() instanceof PortSpec.Fixed fixed) {
      ports.put("kind", "fixed");
      JsonTree.Arr spans = ports.putArray("spans");
      for (PortSpan span : fixed.spans()) {
        JsonTree.Obj s = spans.addObject().put("from", span.range().from()).put("to", span.range().to());
        span.flows().forEach(s.putArray("flows")::add);
      }
    } else if (r.ports() instanceof PortSpec.Configurable c) {
      ports.put("kind", "configurable").put("variable", c.variable()).put("default", c.defaultPort());
    } else if (r.ports() instanceof PortSpec.Numbered n) {
      ports.put("kind", "numbered").put("base", n.base()).put("defaultCount", n.defaultCount())
          .put("maxCount", n.maxCount()).put("variable", n.variable());
    } else {
      ports.put("kind", "none");
    }
    if (r.icmp() != null) {
      Icmp icmp = r.icmp();
      JsonTree.Obj i = node.putObject("icmp").put("type", icmp.type()).put("code", icmp.code());
      if (icmp.hasV6()) {
        i.put("v6Type", icmp.v6Type()).put("v6Code", icmp.v6Code());
      }
    }
    putIfPresent(node, "feature", r.feature());
    r.flows().forEach(node.putArray("flows")::add);
    return node;
  }

  private static void putIfPresent(JsonTree.Obj node, String key, String value) {
    if (value != null) {
      node.put(key, value);
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String write(JsonTree.Obj root) {
    return root.print();
  }
}
