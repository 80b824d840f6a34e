package dev.portcullis.format.kubernetes;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every file the Kubernetes target writes for one product, before rendering: where each policy
 * of the {@link dev.portcullis.plan.RulePlan} goes.
 *
 * @param bundles the base first, then the optional components in name order
 * @param icmpFiles for each ICMP flow id, the files where it is left as a comment, sorted
 */
record Plan(List<Bundle> bundles, Map<String, List<String>> icmpFiles) {
  Plan {
    bundles = List.copyOf(bundles);
    icmpFiles = Map.copyOf(icmpFiles);
  }

  Bundle base() {
    return bundles.get(0);
  }

  List<Bundle> components() {
    return bundles.subList(1, bundles.size());
  }

  Optional<Bundle> bundle(String dir) {
    return bundles.stream().filter(b -> b.dir().equals(dir)).findFirst();
  }
}
