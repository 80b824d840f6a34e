package dev.portcullis.format.ansible;

import dev.portcullis.model.Component;
import dev.portcullis.model.Product;
import dev.portcullis.model.Zone;
import dev.portcullis.plan.RulePeer;
import dev.portcullis.plan.RulePlan;
import java.util.ArrayList;
import java.util.List;

/** The scope of {@code examples/playbook.yml}: one play per component. */
record PlaybookView(String role, String headerYaml, List<Play> plays) {
  /**
   * One play; {@code commented} holds the commented-out variables users will most likely set
   * (the backend, and the networks of the zones that have no default).
   */
  record Play(String name, String hosts, String role, String component, List<String> commented) {}

  static PlaybookView of(RulePlan plan, RoleNames names, String header) {
    Product product = plan.product();
    List<Play> plays = new ArrayList<>();
    for (Component component : product.components()) {
      List<String> commented = new ArrayList<>();
      commented.add("# " + names.variable("backend") + ": iptables");
      for (Zone zone : plan.zonesInUse()) {
        boolean used = plan.rulesOf(component.id()).stream()
            .anyMatch(r -> r.peer().equals(RulePeer.zone(zone.id())));
        if (used && zone.hasNoDefaults() && !zone.localSubnet()) {
          commented.add("# " + names.zoneAddresses(zone.id()) + "_ipv4:");
          commented.add("#   - 192.0.2.0/24");
        }
      }
      plays.add(new Play("Open the " + product.id() + " flows of the " + component.id() + " hosts",
          product.id() + "_" + component.id(), names.role(), component.id(), commented));
    }
    return new PlaybookView(names.role(), YamlText.commentBlock(header, 0), plays);
  }
}
