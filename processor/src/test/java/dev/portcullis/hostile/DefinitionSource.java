package dev.portcullis.hostile;

import dev.portcullis.annotations.Protocol;
import dev.portcullis.model.Component;
import dev.portcullis.model.Feature;
import dev.portcullis.model.Flow;
import dev.portcullis.model.PortRange;
import dev.portcullis.model.Product;
import dev.portcullis.model.SysctlSetting;
import dev.portcullis.model.Zone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the annotated definition a person would have written for a model: the Java source the
 * processor reads back into the same model. Every text becomes a Java string literal; control
 * characters are octal escapes (never {@code \\uNNNN}: javac turns those into the character
 * before it reads the literal, and a line break would end it).
 */
final class DefinitionSource {
  private DefinitionSource() {}

  static String qualifiedName(Product product) {
    return product.sourceClass();
  }

  static String of(Product product) {
    String simpleName = product.sourceClass().substring(product.sourceClass().lastIndexOf('.') + 1);
    StringBuilder out = new StringBuilder();
    out.append("package ").append(ProductAssembler.PACKAGE).append(";\n\n");
    out.append("import dev.portcullis.annotations.*;\n\n");
    out.append("@Product(id = ").append(literal(product.id())).append(", title = ").append(literal(product.title()))
        .append(", docs = ").append(literal(product.docs())).append(", description = ")
        .append(literal(product.description())).append(")\n");
    for (Component c : product.components()) {
      out.append("@Component(id = ").append(literal(c.id())).append(", description = ")
          .append(literal(c.description())).append(")\n");
    }
    for (Zone z : product.zones()) {
      out.append("@Zone(id = ").append(literal(z.id())).append(", description = ").append(literal(z.description()))
          .append(", ipv4 = ").append(array(z.ipv4())).append(", ipv6 = ").append(array(z.ipv6()))
          .append(", isPublic = ").append(z.isPublic()).append(", localSubnet = ").append(z.localSubnet())
          .append(", namespaceSelector = ").append(array(z.namespaceSelector())).append(")\n");
    }
    for (Feature f : product.features()) {
      out.append("@Feature(id = ").append(literal(f.id())).append(", description = ").append(literal(f.description()))
          .append(", enabledByDefault = ").append(f.enabledByDefault()).append(")\n");
    }
    for (SysctlSetting s : product.prerequisites().sysctls()) {
      out.append("@Sysctl(key = ").append(literal(s.key())).append(", value = ").append(literal(s.value()))
          .append(", reason = ").append(literal(s.reason())).append(")\n");
    }
    if (product.prerequisites().outgoingReason() != null) {
      out.append("@AllowOutgoing(reason = ").append(literal(product.prerequisites().outgoingReason())).append(")\n");
    }
    if (product.prerequisites().forwardingReason() != null) {
      out.append("@AllowForwarding(reason = ").append(literal(product.prerequisites().forwardingReason())).append(")\n");
    }
    for (String note : product.notes()) {
      out.append("@Note(").append(literal(note)).append(")\n");
    }
    List<String> constants = new ArrayList<>();
    for (List<Flow> sameId : byId(product).values()) {
      Flow f = sameId.get(0);
      String annotation = flow(f, sameId.stream().map(Flow::component).toList());
      if (f.constant() != null) {
        constants.add("  " + annotation + "\n  public static final int " + f.constant() + " = " + f.ports().get(0).from()
            + ";\n");
      } else {
        out.append(annotation).append('\n');
      }
    }
    out.append("public final class ").append(simpleName).append(" {\n");
    constants.forEach(out::append);
    return out.append("}\n").toString();
  }

  /** The model's flows of one declaration (one per component), in first-seen order. */
  private static Map<String, List<Flow>> byId(Product product) {
    return product.flows().stream().collect(Collectors.groupingBy(Flow::id, LinkedHashMap::new, Collectors.toList()));
  }

  private static String flow(Flow f, List<String> components) {
    StringBuilder a = new StringBuilder("@Flow(id = ").append(literal(f.id()))
        .append(", service = ").append(literal(f.service()))
        .append(", purpose = ").append(literal(f.purpose()))
        .append(", component = ").append(array(components));
    if (f.peer().isZone()) {
      a.append(", peerZone = ").append(literal(f.peer().id()));
    } else {
      a.append(", peerComponent = ").append(literal(f.peer().id()));
    }
    a.append(", direction = Direction.").append(f.direction().name());
    a.append(", protocol = Protocol.").append(f.protocol().name());
    if (f.protocol() == Protocol.ICMP) {
      a.append(", icmpType = ").append(f.icmp().type()).append(", icmpCode = ").append(f.icmp().code());
    } else if (f.instances() != null) {
      a.append(", instances = @Instances(base = ").append(f.instances().base())
          .append(", defaultCount = ").append(f.instances().defaultCount())
          .append(", maxCount = ").append(f.instances().maxCount())
          .append(", variable = ").append(literal(f.instances().variable())).append(")");
    } else if (f.constant() == null) {
      List<String> singles = new ArrayList<>();
      List<String> ranges = new ArrayList<>();
      for (PortRange r : f.ports()) {
        if (r.isSingle()) {
          singles.add(Integer.toString(r.from()));
        } else {
          ranges.add("@Range(from = " + r.from() + ", to = " + r.to() + ")");
        }
      }
      a.append(", ports = {").append(String.join(", ", singles)).append("}");
      a.append(", ranges = {").append(String.join(", ", ranges)).append("}");
    }
    if (f.portVariable() != null) {
      a.append(", portVariable = ").append(literal(f.portVariable()));
    }
    if (f.protocolVariable() != null) {
      a.append(", protocolVariable = ").append(literal(f.protocolVariable()));
    }
    if (f.feature() != null) {
      a.append(", feature = ").append(literal(f.feature()));
    }
    return a.append(")").toString();
  }

  private static String array(List<String> values) {
    return values.stream().map(DefinitionSource::literal).collect(Collectors.joining(", ", "{", "}"));
  }

  /** A Java string literal of {@code value}. */
  static String literal(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\%03o", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
