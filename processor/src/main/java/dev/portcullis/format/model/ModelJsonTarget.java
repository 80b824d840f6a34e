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
 * plan's rules ({@code rules[]}, both ends of every flow between components). Written field by
 * field ({@link JsonOut}), so key order is fixed here.
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
    JsonOut json = new JsonOut();
    json.startObject();
    json.field("schema", SCHEMA);
    json.field("generatedBy", context.generator());
    json.field("source", product.sourceClass());
    json.field("id", product.id());
    json.field("title", product.title());
    json.field("docs", product.docs());
    json.field("description", product.description());
    json.strings("podLabels", product.podLabels());
    json.startArray("components");
    for (Component c : product.components()) {
      json.startObject();
      json.field("id", c.id());
      json.field("description", c.description());
      json.strings("podLabels", c.podLabels());
      json.endObject();
    }
    json.endArray();
    json.startArray("zones");
    for (Zone z : product.zones()) {
      json.startObject();
      json.field("id", z.id());
      json.field("description", z.description());
      json.strings("ipv4", z.ipv4());
      json.strings("ipv6", z.ipv6());
      json.field("public", z.isPublic());
      json.field("localSubnet", z.localSubnet());
      json.strings("namespaceSelector", z.namespaceSelector());
      json.strings("names", z.names());
      json.endObject();
    }
    json.endArray();
    json.startArray("features");
    for (Feature f : product.features()) {
      json.startObject();
      json.field("id", f.id());
      json.field("description", f.description());
      json.field("enabledByDefault", f.enabledByDefault());
      json.endObject();
    }
    json.endArray();
    json.startArray("variables");
    for (Variable v : product.variables()) {
      json.startObject();
      json.field("name", v.name());
      json.field("kind", lower(v.kind().name()));
      json.field("flow", v.flowId());
      json.field("description", v.description());
      if (v.defaultValue() instanceof Integer number) {
        json.field("default", number);
        json.field("min", v.min());
        json.field("max", v.max());
      } else {
        json.field("default", String.valueOf(v.defaultValue()));
        json.strings("choices", v.choices());
      }
      json.endObject();
    }
    json.endArray();
    json.startArray("flows");
    for (Flow f : product.flows()) {
      flow(json, f);
    }
    json.endArray();
    json.startArray("rules");
    for (PlannedRule r : plan.rules()) {
      rule(json, r);
    }
    json.endArray();
    json.startObject("prerequisites");
    json.startArray("sysctl");
    for (SysctlSetting s : product.prerequisites().sysctls()) {
      json.startObject();
      json.field("key", s.key());
      json.field("value", s.value());
      json.field("reason", s.reason());
      json.endObject();
    }
    json.endArray();
    json.startObject("outgoing");
    json.field("mustBeAllowed", product.prerequisites().requiresOutgoing());
    json.field("reason", nullToEmpty(product.prerequisites().outgoingReason()));
    json.endObject();
    json.startObject("forwarding");
    json.field("mustBeAllowed", product.prerequisites().requiresForwarding());
    json.field("reason", nullToEmpty(product.prerequisites().forwardingReason()));
    json.endObject();
    json.endObject();
    json.strings("notes", product.notes());
    json.endObject();
    return new TargetOutput.Builder().file("model/" + product.id() + ".json", json.text()).build();
  }

  private static void flow(JsonOut json, Flow f) {
    json.startObject();
    json.field("id", f.id());
    json.field("component", f.component());
    json.field("service", f.service());
    json.field("purpose", f.purpose());
    json.startObject("peer");
    json.field("kind", lower(f.peer().kind().name()));
    json.field("id", f.peer().id());
    json.endObject();
    json.field("direction", lower(f.direction().name()));
    json.field("protocol", lower(f.protocol().name()));
    json.startArray("transports");
    for (Transport t : f.transports()) {
      json.value(t.lower());
    }
    json.endArray();
    json.startArray("ports");
    for (PortRange r : f.ports()) {
      json.startObject();
      json.field("from", r.from());
      json.field("to", r.to());
      json.endObject();
    }
    json.endArray();
    icmp(json, f.icmp());
    json.fieldIfPresent("portVariable", f.portVariable());
    json.fieldIfPresent("protocolVariable", f.protocolVariable());
    if (f.instances() != null) {
      json.startObject("instances");
      json.field("base", f.instances().base());
      json.field("defaultCount", f.instances().defaultCount());
      json.field("maxCount", f.instances().maxCount());
      json.field("variable", f.instances().variable());
      json.endObject();
    }
    json.fieldIfPresent("feature", f.feature());
    json.fieldIfPresent("constant", f.constant());
    json.endObject();
  }

  /** A rule of the plan, as the README documents it. */
  private static void rule(JsonOut json, PlannedRule r) {
    json.startObject();
    json.field("component", r.component());
    json.field("direction", r.direction().lower());
    json.startObject("peer");
    json.field("kind", lower(r.peer().kind().name()));
    json.field("id", r.peer().id());
    json.endObject();
    json.field("transport", r.protocol().transport().lower());
    json.fieldIfPresent("protocolVariable", r.protocol().variable());
    json.startObject("ports");
    if (r.ports() instanceof PortSpec.Fixed fixed) {
      json.field("kind", "fixed");
      json.startArray("spans");
      for (PortSpan span : fixed.spans()) {
        json.startObject();
        json.field("from", span.range().from());
        json.field("to", span.range().to());
        json.strings("flows", span.flows());
        json.endObject();
      }
      json.endArray();
    } else if (r.ports() instanceof PortSpec.Configurable c) {
      json.field("kind", "configurable");
      json.field("variable", c.variable());
      json.field("default", c.defaultPort());
    } else if (r.ports() instanceof PortSpec.Numbered n) {
      json.field("kind", "numbered");
      json.field("base", n.base());
      json.field("defaultCount", n.defaultCount());
      json.field("maxCount", n.maxCount());
      json.field("variable", n.variable());
    } else {
      json.field("kind", "none");
    }
    json.endObject();
    icmp(json, r.icmp());
    json.fieldIfPresent("feature", r.feature());
    json.strings("flows", r.flows());
    json.endObject();
  }

  private static void icmp(JsonOut json, Icmp icmp) {
    if (icmp != null) {
      json.startObject("icmp");
      json.field("type", icmp.type());
      json.field("code", icmp.code());
      if (icmp.hasV6()) {
        json.field("v6Type", icmp.v6Type());
        json.field("v6Code", icmp.v6Code());
      }
      json.endObject();
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
