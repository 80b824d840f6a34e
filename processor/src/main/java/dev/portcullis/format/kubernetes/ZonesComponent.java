package dev.portcullis.format.kubernetes;

import dev.portcullis.model.Zone;
import dev.portcullis.plan.RulePlan;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code components/zones/}: how a user sets the addresses of the zones that have no defaults in
 * one place, for every policy of the product at once. Every rule to such a zone is written with
 * the peer {@link PolicyPeer#UNSET} (it matches no address). The user copies
 * {@code addresses.yaml} (one {@code ZoneAddresses} document per zone, marked
 * {@code config.kubernetes.io/local-config}, so kustomize never outputs it) into the overlay,
 * lists it under {@code resources:} and edits the networks there; the component's kustomize
 * {@code replacements} copy each document's {@code peers} over the placeholder of every rule to
 * the zone, by policy name and rule index. A replacement whose policy is not in the build (a
 * kustomize component not added) is skipped, so the component is listed last; a zone document
 * missing from the overlay is a kustomize error naming it.
 *
 * <p>Why replacements fed from the overlay, and not a patch per policy or an edit in the
 * generated files: one edit in the user's own repository reaches every policy (the base, the
 * egress component and the features), the generated files stay as generated (a verify build
 * would report an edited one as drift), and a zone the user has not set still opens nothing.
 */
final class ZonesComponent {
  static final String DIR = "components/zones";
  static final String ADDRESSES = DIR + "/addresses.yaml";
  static final String KIND = "ZoneAddresses";
  static final String API_VERSION = "portcullis.dev/v1";

  private ZonesComponent() {}

  /** The scope of {@code kubernetes/zones-kustomization.yaml.mustache}. */
  record KustomizationView(List<String> comments, List<Replacement> replacements) {
    public boolean hasReplacements() {
      return !replacements.isEmpty();
    }
  }

  record Replacement(String zone, List<Target> targets) {}

  record Target(String policy, String fieldPath) {}

  /** The scope of {@code kubernetes/zone-addresses.yaml.mustache}. */
  record AddressesView(List<String> comments, String apiVersion, String kind, List<ZoneDoc> zones) {}

  record ZoneDoc(String name, List<String> comments, String cidr, List<String> except) {}

  /** Whether the product has zones to set (otherwise no component is generated). */
  static boolean needed(RulePlan plan) {
    return !plan.zonesWithoutDefaults().isEmpty();
  }

  static KustomizationView kustomization(RulePlan plan, Plan k8s, String header) {
    List<Replacement> replacements = new ArrayList<>();
    for (Zone zone : plan.zonesWithoutDefaults()) {
      List<Target> targets = new ArrayList<>();
      for (Bundle bundle : k8s.bundles()) {
        for (Policy policy : bundle.policies()) {
          addTargets(targets, policy.name(), "ingress", "from", policy.ingressRules(), zone.id());
          addTargets(targets, policy.name(), "egress", "to", policy.egressRules(), zone.id());
        }
      }
      if (!targets.isEmpty()) {
        replacements.add(new Replacement(Naming.dashed(zone.id()), targets));
      }
    }
    List<String> comments = new ArrayList<>();
    comments.add(header);
    comments.add("Kustomize component: sets the addresses of the zones without defaults in every policy, from the"
        + " ZoneAddresses documents of your overlay (copy addresses.yaml beside your kustomization.yaml, list it"
        + " under resources: and set the networks there: the one place).");
    comments.add("List it LAST under components: in your overlay, after " + Planner.EGRESS_DIR
        + " and the features, so that it reaches their policies too.");
    return new KustomizationView(CommentLines.wrapAll(comments, 0), replacements);
  }

  /** Rules are written comment-only first, then in order ({@link PolicyView}): the index counts real rules. */
  private static void addTargets(List<Target> targets, String policy, String section, String peersKey,
      List<PolicyRule> rules, String zone) {
    int index = 0;
    for (PolicyRule rule : rules) {
      if (rule.isCommentOnly()) {
        continue;
      }
      if (zone.equals(rule.unsetZone())) {
        targets.add(new Target(policy, "spec." + section + "." + index + "." + peersKey));
      }
      index++;
    }
  }

  static AddressesView addresses(RulePlan plan, String header) {
    List<ZoneDoc> docs = new ArrayList<>();
    for (Zone zone : plan.zonesWithoutDefaults()) {
      List<String> comments = new ArrayList<>();
      comments.add("Zone '" + zone.id() + "'" + (zone.description().isBlank() ? "" : ": " + zone.description()));
      if (zone.hasNames()) {
        comments.add("Known by host names (" + String.join(", ", zone.names()) + "), which a NetworkPolicy cannot"
            + " match: give the addresses they resolve to.");
      }
      if (zone.localSubnet()) {
        comments.add("The hosts' own subnet: give the nodes' networks.");
      }
      comments.add("Replace the placeholder below (it matches no address) with the zone's networks, one"
          + " ipBlock each, e.g. - ipBlock: {cidr: 10.20.0.0/16}");
      docs.add(new ZoneDoc(Naming.dashed(zone.id()), CommentLines.wrapAll(comments, 0), PolicyPeer.UNSET.cidr(),
          PolicyPeer.UNSET.except()));
    }
    List<String> comments = new ArrayList<>();
    comments.add(header);
    comments.add("The addresses of the zones without defaults: the one place to set them for every policy of the"
        + " product. Copy this file beside your overlay's kustomization.yaml, list it under resources:, set the"
        + " networks, and add " + DIR + " last under components:. kustomize reads these documents and never"
        + " outputs them (config.kubernetes.io/local-config).");
    return new AddressesView(CommentLines.wrapAll(comments, 0), API_VERSION, KIND, docs);
  }
}
