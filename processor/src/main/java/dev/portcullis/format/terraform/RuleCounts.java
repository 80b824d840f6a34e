package dev.portcullis.format.terraform;

import dev.portcullis.model.Product;
import java.util.List;

/**
 * How many AWS rules a group gets with the module's defaults, per direction and address family
 * (AWS counts IPv4 and IPv6 rules apart). A rule that references a group or a prefix list is
 * counted in both families, as the module's plan-time check counts it.
 */
record RuleCounts(int ingressIpv4, int ingressIpv6, int egressIpv4, int egressIpv6) {
  static final RuleCounts ZERO = new RuleCounts(0, 0, 0, 0);

  /** The AWS rules {@code unit} expands to with the defaults of {@code product}'s zones. */
  static RuleCounts of(RuleUnit unit, Product product) {
    if (!unit.gateDefault()) {
      return ZERO;
    }
    int v4;
    int v6;
    switch (unit.peer().kind()) {
      case GROUP -> {
        v4 = 1;
        v6 = 1;
      }
      case ZONE_IPV4 -> {
        v4 = product.zone(unit.peer().id()).map(z -> z.ipv4().size()).orElse(0);
        v6 = 0;
      }
      case ZONE_IPV6 -> {
        v4 = 0;
        v6 = product.zone(unit.peer().id()).map(z -> z.ipv6().size()).orElse(0);
      }
      case ANYWHERE_IPV4 -> {
        v4 = 1;
        v6 = 0;
      }
      case ANYWHERE_IPV6 -> {
        v4 = 0;
        v6 = 1;
      }
      default -> { // prefix lists default to none
        v4 = 0;
        v6 = 0;
      }
    }
    return unit.direction() == RuleDirection.INGRESS ? new RuleCounts(v4, v6, 0, 0) : new RuleCounts(0, 0, v4, v6);
  }

  static RuleCounts sum(List<RuleUnit> units, Product product) {
    RuleCounts total = ZERO;
    for (RuleUnit unit : units) {
      total = total.plus(of(unit, product));
    }
    return total;
  }

  RuleCounts plus(RuleCounts o) {
    return new RuleCounts(ingressIpv4 + o.ingressIpv4, ingressIpv6 + o.ingressIpv6, egressIpv4 + o.egressIpv4,
        egressIpv6 + o.egressIpv6);
  }

  int max() {
    return Math.max(Math.max(ingressIpv4, ingressIpv6), Math.max(egressIpv4, egressIpv6));
  }

  boolean within(int limit) {
    return max() <= limit;
  }
}
