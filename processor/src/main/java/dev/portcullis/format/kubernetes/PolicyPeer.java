package dev.portcullis.format.kubernetes;

import java.util.List;

/**
 * One entry of a rule's {@code from}/{@code to}: pods (optionally in labelled namespaces), all
 * pods of labelled namespaces, or an {@code ipBlock}. Never empty: an empty peer would mean
 * "everyone" to the API server's reader, so the constructors below are the only way in.
 */
public record PolicyPeer(List<Label> namespaceLabels, List<Label> podLabels, String cidr, List<String> except) {
  /**
   * The peer of a zone whose addresses are not set yet: all of IPv4 minus both its halves, which
   * matches no address. {@code components/zones} replaces it with the addresses the user gives.
   */
  public static final PolicyPeer UNSET = new PolicyPeer(List.of(), List.of(), "0.0.0.0/0",
      List.of("0.0.0.0/1", "128.0.0.0/1"));

  public PolicyPeer(List<Label> namespaceLabels, List<Label> podLabels, String cidr) {
    this(namespaceLabels, podLabels, cidr, List.of());
  }

  public PolicyPeer {
    namespaceLabels = List.copyOf(namespaceLabels);
    podLabels = List.copyOf(podLabels);
    except = List.copyOf(except);
    if (cidr == null && namespaceLabels.isEmpty() && podLabels.isEmpty()) {
      throw new IllegalArgumentException("a peer must select something");
    }
    if (cidr != null && !(namespaceLabels.isEmpty() && podLabels.isEmpty())) {
      throw new IllegalArgumentException("an ipBlock peer stands alone");
    }
  }

  public static PolicyPeer pods(List<Label> podLabels) {
    return new PolicyPeer(List.of(), podLabels, null);
  }

  public static PolicyPeer namespaces(List<Label> namespaceLabels) {
    return new PolicyPeer(namespaceLabels, List.of(), null);
  }

  public static PolicyPeer podsInNamespaces(List<Label> namespaceLabels, List<Label> podLabels) {
    return new PolicyPeer(namespaceLabels, podLabels, null);
  }

  public static PolicyPeer ipBlock(String cidr) {
    return new PolicyPeer(List.of(), List.of(), cidr);
  }
}
