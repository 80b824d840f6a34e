package dev.portcullis.descriptor;

import java.util.List;

/** A zone of outside peers with its default CIDRs. */
public record ZoneDescriptor(String id, String description, List<String> ipv4, List<String> ipv6, boolean isPublic) {
  public ZoneDescriptor {
    ipv4 = List.copyOf(ipv4);
    ipv6 = List.copyOf(ipv6);
  }
}
