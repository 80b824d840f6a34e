package dev.portcullis.format.kubernetes;

import java.util.List;

/**
 * One ingress or egress rule, with the comment lines written above it. A rule with neither
 * peers nor ports is a comment only (what a NetworkPolicy cannot say); a rule is never written
 * with just one of them empty, because an empty {@code from}/{@code to} or {@code ports} means
 * "all" to Kubernetes.
 */
public record PolicyRule(List<String> comments, List<PolicyPeer> peers, List<PolicyPort> ports, String unsetZone) {
  public PolicyRule(List<String> comments, List<PolicyPeer> peers, List<PolicyPort> ports) {
    this(comments, peers, ports, null);
  }

  /**
   * A rule to a zone without addresses: its peer is {@link PolicyPeer#UNSET} until
   * {@code components/zones} puts the zone's addresses there.
   */
  public static PolicyRule unsetZone(List<String> comments, String zone, List<PolicyPort> ports) {
    return new PolicyRule(comments, List.of(PolicyPeer.UNSET), ports, zone);
  }

  public PolicyRule {
    comments = List.copyOf(comments);
    peers = List.copyOf(peers);
    ports = List.copyOf(ports);
    if (peers.isEmpty() != ports.isEmpty()) {
      throw new IllegalArgumentException("a rule needs both peers and ports, or neither: " + comments);
    }
  }

  public static PolicyRule commentOnly(List<String> comments) {
    return new PolicyRule(comments, List.of(), List.of());
  }

  public boolean isCommentOnly() {
    return peers.isEmpty();
  }
}
