package dev.portcullis.format.ansible;

import dev.portcullis.model.Prerequisites;
import dev.portcullis.model.Product;
import dev.portcullis.model.SysctlSetting;
import java.util.ArrayList;
import java.util.List;

/** How the role words a product's host prerequisites. */
final class Prerequisite {
  private Prerequisite() {}

  /** Whether the role changes the host for the product: kernel parameters or forwarding. */
  static boolean managed(Product product) {
    return !product.prerequisites().sysctls().isEmpty() || product.prerequisites().requiresForwarding();
  }

  /** {@code net.ipv4.ip_forward=1 (why); forwarded packets accepted (why)}. */
  static String summary(Product product) {
    Prerequisites p = product.prerequisites();
    List<String> parts = new ArrayList<>();
    for (SysctlSetting s : p.sysctls()) {
      parts.add(s.key() + "=" + s.value() + because(s.reason()));
    }
    if (p.requiresForwarding()) {
      parts.add("forwarded packets accepted (ufw: default allow routed; iptables: FORWARD policy ACCEPT)"
          + because(p.forwardingReason()));
    }
    return String.join("; ", parts);
  }

  private static String because(String reason) {
    return reason == null || reason.isBlank() ? "" : " (" + RoleVariables.phrase(reason) + ")";
  }
}
