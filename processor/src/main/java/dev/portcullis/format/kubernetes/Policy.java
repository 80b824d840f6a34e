package dev.portcullis.format.kubernetes;

import java.util.List;

/**
 * One NetworkPolicy object. {@code ingress}/{@code egress} say which policy types it declares
 * (always written out); the rule lists may hold comment-only entries.
 *
 * @param file the file name inside its directory
 * @param comments lines written at the top of the file, after the header
 */
public record Policy(
    String name,
    String file,
    List<String> comments,
    List<Label> podSelector,
    boolean ingress,
    boolean egress,
    List<PolicyRule> ingressRules,
    List<PolicyRule> egressRules) {
  public Policy {
    comments = List.copyOf(comments);
    podSelector = List.copyOf(podSelector);
    ingressRules = List.copyOf(ingressRules);
    egressRules = List.copyOf(egressRules);
    if (!ingress && !egress) {
      throw new IllegalArgumentException(name + " declares no policy type");
    }
    if ((!ingress && !ingressRules.isEmpty()) || (!egress && !egressRules.isEmpty())) {
      throw new IllegalArgumentException(name + " has rules of a type it does not declare");
    }
  }
}
