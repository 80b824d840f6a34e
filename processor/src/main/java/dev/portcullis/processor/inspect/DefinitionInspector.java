package dev.portcullis.processor.inspect;

import dev.portcullis.annotations.Direction;
import dev.portcullis.annotations.Protocol;
import dev.portcullis.processor.inspect.Definition.ComponentDecl;
import dev.portcullis.processor.inspect.Definition.FeatureDecl;
import dev.portcullis.processor.inspect.Definition.FlowDecl;
import dev.portcullis.processor.inspect.Definition.InstancesDecl;
import dev.portcullis.processor.inspect.Definition.RangeDecl;
import dev.portcullis.processor.inspect.Definition.ReasonDecl;
import dev.portcullis.processor.inspect.Definition.SysctlDecl;
import dev.portcullis.processor.inspect.Definition.ZoneDecl;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/** Reads a {@code @Product} class and its fields into a {@link Definition}, through mirrors only. */
public final class DefinitionInspector {
  private static final String PKG = "dev.portcullis.annotations.";
  public static final String PRODUCT = PKG + "Product";
  public static final String FLOW = PKG + "Flow";
  public static final String FLOW_LIST = PKG + "Flow.List";

  private final Mirrors mirrors;

  public DefinitionInspector(Elements elements) {
    this.mirrors = new Mirrors(elements);
  }

  public Definition inspect(TypeElement type) {
    AnnotationMirror product = mirrors.single(type, PRODUCT);
    List<FlowDecl> flows = new ArrayList<>(flows(type, null, null));
    for (Element member : type.getEnclosedElements()) {
      // enum constants too: a @Flow there must be reported (not an int constant), not dropped
      if (member.getKind() == ElementKind.FIELD || member.getKind() == ElementKind.ENUM_CONSTANT) {
        VariableElement field = (VariableElement) member;
        // only a static final int compile-time constant gives application code the same number
        boolean isStatic = field.getModifiers().contains(javax.lang.model.element.Modifier.STATIC);
        Object value = isStatic ? field.getConstantValue() : null;
        flows.addAll(flows(field, field, value instanceof Integer i ? i : null));
      }
    }
    return new Definition(
        type,
        new Site(type, product),
        mirrors.string(product, "id"),
        mirrors.string(product, "title"),
        mirrors.string(product, "docs"),
        mirrors.string(product, "description"),
        components(type),
        zones(type),
        features(type),
        flows,
        sysctls(type),
        reason(type, "AllowOutgoing"),
        reason(type, "AllowForwarding"),
        notes(type),
        mirrors.located(product, "podLabels", String.class));
  }

  /** Every {@code @Flow} on an element (for checks on classes without {@code @Product}). */
  public List<AnnotationMirror> flowMirrors(Element element) {
    return mirrors.repeated(element, FLOW, FLOW_LIST);
  }

  private List<ComponentDecl> components(TypeElement type) {
    List<ComponentDecl> result = new ArrayList<>();
    for (AnnotationMirror m : mirrors.repeated(type, PKG + "Component", PKG + "Component.List")) {
      result.add(new ComponentDecl(new Site(type, m), mirrors.string(m, "id"), mirrors.string(m, "description"),
          mirrors.located(m, "podLabels", String.class)));
    }
    return result;
  }

  private List<ZoneDecl> zones(TypeElement type) {
    List<ZoneDecl> result = new ArrayList<>();
    for (AnnotationMirror m : mirrors.repeated(type, PKG + "Zone", PKG + "Zone.List")) {
      result.add(new ZoneDecl(
          new Site(type, m),
          mirrors.string(m, "id"),
          mirrors.string(m, "description"),
          mirrors.located(m, "ipv4", String.class),
          mirrors.located(m, "ipv6", String.class),
          mirrors.bool(m, "isPublic"),
          mirrors.bool(m, "localSubnet"),
          mirrors.located(m, "namespaceSelector", String.class),
          mirrors.located(m, "names", String.class)));
    }
    return result;
  }

  private List<FeatureDecl> features(TypeElement type) {
    List<FeatureDecl> result = new ArrayList<>();
    for (AnnotationMirror m : mirrors.repeated(type, PKG + "Feature", PKG + "Feature.List")) {
      result.add(new FeatureDecl(new Site(type, m), mirrors.string(m, "id"),
          mirrors.string(m, "description"), mirrors.bool(m, "enabledByDefault")));
    }
    return result;
  }

  private List<FlowDecl> flows(Element element, VariableElement constant, Integer constantValue) {
    List<FlowDecl> result = new ArrayList<>();
    for (AnnotationMirror m : mirrors.repeated(element, FLOW, FLOW_LIST)) {
      Site site = new Site(element, m);
      List<RangeDecl> ranges = new ArrayList<>();
      for (AnnotationMirror r : mirrors.annotations(m, "ranges")) {
        ranges.add(new RangeDecl(site.nested(r), mirrors.integer(r, "from"), mirrors.integer(r, "to")));
      }
      List<InstancesDecl> instances = new ArrayList<>();
      for (AnnotationMirror i : mirrors.annotations(m, "instances")) {
        instances.add(new InstancesDecl(site.nested(i), mirrors.integer(i, "base"),
            mirrors.integer(i, "defaultCount"), mirrors.integer(i, "maxCount"),
            mirrors.string(i, "variable")));
      }
      result.add(new FlowDecl(
          site,
          mirrors.string(m, "id"),
          mirrors.string(m, "service"),
          mirrors.string(m, "purpose"),
          mirrors.located(m, "component", String.class),
          mirrors.string(m, "peerComponent"),
          mirrors.string(m, "peerZone"),
          Direction.valueOf(mirrors.enumName(m, "direction")),
          Protocol.valueOf(mirrors.enumName(m, "protocol")),
          mirrors.located(m, "ports", Integer.class),
          ranges,
          mirrors.integer(m, "icmpType"),
          mirrors.integer(m, "icmpCode"),
          mirrors.string(m, "portVariable"),
          mirrors.string(m, "protocolVariable"),
          instances,
          mirrors.string(m, "feature"),
          constant,
          constantValue));
    }
    return result;
  }

  private List<SysctlDecl> sysctls(TypeElement type) {
    List<SysctlDecl> result = new ArrayList<>();
    for (AnnotationMirror m : mirrors.repeated(type, PKG + "Sysctl", PKG + "Sysctl.List")) {
      result.add(new SysctlDecl(new Site(type, m), mirrors.string(m, "key"),
          mirrors.string(m, "value"), mirrors.string(m, "reason")));
    }
    return result;
  }

  private ReasonDecl reason(TypeElement type, String simpleName) {
    AnnotationMirror m = mirrors.single(type, PKG + simpleName);
    return m == null ? null : new ReasonDecl(new Site(type, m), mirrors.string(m, "reason"));
  }

  private List<String> notes(TypeElement type) {
    List<String> result = new ArrayList<>();
    for (AnnotationMirror m : mirrors.repeated(type, PKG + "Note", PKG + "Note.List")) {
      result.add(mirrors.string(m, "value"));
    }
    return result;
  }
}
