package dev.portcullis.processor.validate;

import java.util.Collection;
import java.util.regex.Pattern;

/** Id rules shared by every target, and "did you mean" hints. */
public final class Ids {
  /**
   * Product, component, zone and feature ids: each becomes a Kubernetes label value (at most 63
   * characters) and they are joined into policy, security group, role and kustomize names.
   */
  public static final int MAX_NAME_ID = 32;
  /** Why {@link #MAX_NAME_ID}, as the invalid-id message says it. */
  public static final String NAME_ID_REASON = "Kubernetes label values hold at most 63 characters and ids are joined into "
      + "policy names such as <product>-<component>-<feature>";
  /** Flow and variable ids end up in Terraform keys and Ansible variable names. */
  public static final int MAX_FLOW_ID = 40;
  /** Why {@link #MAX_FLOW_ID}, as the invalid-id message says it. */
  public static final String FLOW_ID_REASON = "flow and variable ids become Terraform rule keys and prefixed Ansible "
      + "variable names";

  /** The reason of a limit, for the invalid-id message. */
  public static String reason(int max) {
    return max == MAX_NAME_ID ? NAME_ID_REASON : FLOW_ID_REASON;
  }

  private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  private Ids() {}

  public static boolean isValid(String id, int maxLength) {
    return id.length() <= maxLength && SNAKE.matcher(id).matches();
  }

  /** {@code "; did you mean 'agents'?"} when a known id is close, else empty. */
  public static String didYouMean(String wrong, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(wrong, candidate);
      if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best != null && bestDistance <= Math.max(2, wrong.length() / 3)) {
      return "; did you mean '" + best + "'?";
    }
    return known.isEmpty() ? "" : "; declared: " + String.join(", ", known.stream().sorted().toList());
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
