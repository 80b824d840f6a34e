package dev.portcullis.format;

import dev.portcullis.diagnostics.Message;
import dev.portcullis.model.Zone;
import dev.portcullis.plan.RulePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The limit of a target that cannot match host names: one row and warning per zone in use that
 * names its peers by host name. Such a zone without CIDRs is a zone without defaults there
 * ({@link RulePlan#zonesWithoutDefaults()}): it opens nothing until the user gives addresses,
 * never the whole internet.
 */
public final class HostNameLimits {
  private HostNameLimits() {}

  /**
   * @param target the target as the docs page names it
   * @param builder the target as the warning names it ("the Ansible role")
   * @param setInstead what the user does instead, per zone, as a phrase that follows "resolve the
   *     names yourself and" ("set brickstor_sp_firewall_zone_call_home_ipv4 to their addresses")
   */
  public static List<Limit> of(RulePlan plan, String target, String builder, Function<Zone, String> setInstead) {
    List<Limit> limits = new ArrayList<>();
    for (Zone zone : plan.zonesInUse()) {
      if (!zone.hasNames()) {
        continue;
      }
      String names = String.join(", ", zone.names());
      String instead = setInstead.apply(zone);
      String opens = zone.hasNoDefaults() ? "opens nothing for it" : "opens only its default CIDRs";
      limits.add(new Limit(target, "zone " + zone.id() + " (host names " + names + ")",
          "Host names cannot be matched here, so the target " + opens + ": resolve the names yourself and "
              + instead + ".",
          Finding.of(Message.ZONE_HOST_NAMES, Subject.zone(zone.id()).on("names"), zone.id(), names, builder,
              "resolve them and " + instead)));
    }
    return limits;
  }
}
