package dev.portcullis.model;

import java.util.List;

/**
 * Host settings the product's flows need.
 *
 * @param outgoingReason why outgoing traffic must stay allowed, or null when it need not
 * @param forwardingReason why the host must forward packets, or null when it need not
 */
public record Prerequisites(List<SysctlSetting> sysctls, String outgoingReason, String forwardingReason) {
  public Prerequisites {
    sysctls = List.copyOf(sysctls);
  }

  public boolean requiresOutgoing() {
    return outgoingReason != null;
  }

  public boolean requiresForwarding() {
    return forwardingReason != null;
  }

  public boolean isEmpty() {
    return sysctls.isEmpty() && outgoingReason == null && forwardingReason == null;
  }
}
