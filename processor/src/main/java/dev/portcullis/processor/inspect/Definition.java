package dev.portcullis.processor.inspect;

import dev.portcullis.annotations.Direction;
import dev.portcullis.annotations.Protocol;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * A product definition exactly as written, with the site of every part; nothing is checked yet.
 */
public record Definition(
    TypeElement type,
    Site site,
    String id,
    String title,
    String docs,
    String description,
    List<ComponentDecl> components,
    List<ZoneDecl> zones,
    List<FeatureDecl> features,
    List<FlowDecl> flows,
    List<SysctlDecl> sysctls,
    ReasonDecl allowOutgoing,
    ReasonDecl allowForwarding,
    List<String> notes,
    List<Located<String>> podLabels) {

  public record ComponentDecl(Site site, String id, String description, List<Located<String>> podLabels) {}

  public record ZoneDecl(
      Site site,
      String id,
      String description,
      List<Located<String>> ipv4,
      List<Located<String>> ipv6,
      boolean isPublic,
      boolean localSubnet,
      List<Located<String>> namespaceSelector,
      List<Located<String>> names) {}

  public record FeatureDecl(Site site, String id, String description, boolean enabledByDefault) {}

  public record RangeDecl(Site site, int from, int to) {}

  public record InstancesDecl(Site site, int base, int defaultCount, int maxCount, String variable) {}

  /**
   * @param constant the {@code static final int} field the flow is on, or null on the class
   * @param constantValue the field's constant value, or null when it has none or is not an int
   */
  public record FlowDecl(
      Site site,
      String id,
      String service,
      String purpose,
      List<Located<String>> components,
      String peerComponent,
      String peerZone,
      Direction direction,
      Protocol protocol,
      List<Located<Integer>> ports,
      List<RangeDecl> ranges,
      int icmpType,
      int icmpCode,
      String portVariable,
      String protocolVariable,
      List<InstancesDecl> instances,
      String feature,
      VariableElement constant,
      Integer constantValue) {}

  public record SysctlDecl(Site site, String key, String value, String reason) {}

  public record ReasonDecl(Site site, String reason) {}
}
