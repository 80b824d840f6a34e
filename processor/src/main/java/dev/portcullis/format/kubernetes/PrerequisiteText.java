package dev.portcullis.format.kubernetes;

import dev.portcullis.model.Product;
import dev.portcullis.model.SysctlSetting;
import java.util.ArrayList;
import java.util.List;

/** The host prerequisites a NetworkPolicy cannot express, as comment lines. */
final class PrerequisiteText {
  private PrerequisiteText() {}

  static List<String> lines(Product product) {
    List<String> lines = new ArrayList<>();
    for (SysctlSetting sysctl : product.prerequisites().sysctls()) {
      lines.add("NOT ENFORCED (host prerequisite): sysctl " + sysctl.key() + "=" + sysctl.value()
          + " on the nodes" + reason(sysctl.reason()));
    }
    if (product.prerequisites().requiresForwarding()) {
      lines.add("NOT ENFORCED (host prerequisite): the nodes must forward packets"
          + reason(product.prerequisites().forwardingReason()));
    }
    return lines;
  }

  private static String reason(String reason) {
    return reason == null || reason.isBlank() ? "" : " (" + reason + ")";
  }
}
