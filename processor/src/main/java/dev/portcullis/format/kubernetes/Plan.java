package dev.portcullis.format.kubernetes;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the Kubernetes target writes for one product, before rendering.
 *
 * @param bundles the base first, then the optional components in name order
 * @param emptyZonesUsed zones a flow needs that have no default CIDRs (no rule was written)
 * @param icmpFiles for each ICMP flow id, the files where it is left as a comment
 */
record Plan(EgressMode egress, List<Bundle> bundles, Set<String> emptyZonesUsed,
    Map<String, List<String>> icmpFiles) {
  Plan {
    bundles = List.copyOf(bundles);
    emptyZonesUsed = Set.copyOf(emptyZonesUsed);
    icmpFiles = Map.copyOf(icmpFiles);
  }

  Bundle base() {
    return bundles.get(0);
  }

  List<Bundle> components() {
    return bundles.subList(1, bundles.size());
  }
}
