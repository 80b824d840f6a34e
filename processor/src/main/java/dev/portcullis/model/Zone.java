package dev.portcullis.model;

import java.util.List;

/** A named set of outside peers with default CIDRs (possibly none). */
public record Zone(
    String id,
    String description,
    List<String> ipv4,
    List<String> ipv6,
    boolean isPublic,
    boolean localSubnet,
    List<String> namespaceSelector) {
  public Zone {
    ipv4 = List.copyOf(ipv4);
    ipv6 = List.copyOf(ipv6);
    namespaceSelector = List.copyOf(namespaceSelector);
  }

  /** True when a default-configured target has no address to open this zone to. */
  public boolean hasNoDefaults() {
    return ipv4.isEmpty() && ipv6.isEmpty();
  }
}
