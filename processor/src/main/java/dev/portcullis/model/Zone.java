package dev.portcullis.model;

import java.util.List;

/**
 * A named set of outside peers with default CIDRs (possibly none) and host names (possibly none;
 * canonical: lower case, sorted, without repeats).
 */
public record Zone(
    String id,
    String description,
    List<String> ipv4,
    List<String> ipv6,
    boolean isPublic,
    boolean localSubnet,
    List<String> namespaceSelector,
    List<String> names) {
  /** A zone without host names. */
  public Zone(String id, String description, List<String> ipv4, List<String> ipv6, boolean isPublic,
      boolean localSubnet, List<String> namespaceSelector) {
    this(id, description, ipv4, ipv6, isPublic, localSubnet, namespaceSelector, List.of());
  }

  public Zone {
    ipv4 = List.copyOf(ipv4);
    ipv6 = List.copyOf(ipv6);
    namespaceSelector = List.copyOf(namespaceSelector);
    names = List.copyOf(names);
  }

  /** Whether the zone names its peers by host name. */
  public boolean hasNames() {
    return !names.isEmpty();
  }

  /**
   * True when a default-configured target has no address to open this zone to (host names are
   * not addresses: only a target that resolves names can use them).
   */
  public boolean hasNoDefaults() {
    return ipv4.isEmpty() && ipv6.isEmpty();
  }
}
