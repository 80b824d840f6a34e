package dev.portcullis.format.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Chain names fit iptables' 28 characters whatever the product id. */
class RoleNamesTest {
  @Test
  void chainsNameTheProductAndTheDirection() {
    RoleNames names = new RoleNames("brickstor_sp", "brickstor_sp_firewall");
    assertEquals("pc-brickstor-sp-in", names.chain("in"));
    assertEquals("pc-brickstor-sp-out", names.chain("out"));
  }

  @Test
  void theLongestIdStillFits() {
    RoleNames names = new RoleNames("a".repeat(32), "a".repeat(32) + "_firewall");
    assertTrue(names.chain("out").length() <= RoleNames.MAX_CHAIN, names.chain("out"));
    assertTrue(names.chain("out").endsWith("-out"));
    assertTrue(names.chain("in").endsWith("-in"));
  }
}
