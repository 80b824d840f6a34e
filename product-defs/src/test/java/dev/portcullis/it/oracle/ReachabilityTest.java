package dev.portcullis.it.oracle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.it.GeneratedOutput;
import org.junit.jupiter.api.Test;

/** The oracle on the seed products: the cases issue 11 names, in both directions. */
class ReachabilityTest {
  private static Reachability of(String product) {
    return Reachability.of(GeneratedOutput.resolve("model/" + product + ".json"));
  }

  @Test
  void theDialerOfAFlowBetweenComponentsMayConnectWhenEgressIsRestricted() {
    Reachability storegrid = of("storegrid").with(Settings.defaults().restrictEgress(true));
    assertTrue(storegrid.allows("client", Direction.EGRESS, "component:server", "tcp", 32004));
    assertTrue(storegrid.allows("server", Direction.INGRESS, "component:client", "tcp", 32004));
    assertFalse(storegrid.allows("client", Direction.EGRESS, "component:server", "tcp", 32007), "ssl is off by default");
    Reachability ssl = storegrid.with(storegrid.settings().feature("ssl", true));
    assertTrue(ssl.allows("client", Direction.EGRESS, "component:server", "tcp", 32007));

    Reachability utm = of("utmstack").with(Settings.defaults().restrictEgress(true));
    assertTrue(utm.allows("probe", Direction.EGRESS, "component:master", "tcp", 1194));
    assertFalse(utm.allows("probe", Direction.EGRESS, "component:master", "tcp", 1195));
  }

  @Test
  void aFlowDeclaredOnTheWitnessIsAcceptedOnTheAppliance() {
    Reachability brickstor = of("brickstor_sp");
    assertTrue(brickstor.allows("appliance", Direction.INGRESS, "component:witness", "tcp", 4746));
    assertTrue(brickstor.allows("appliance", Direction.INGRESS, "component:witness", "icmp", 8));
    assertTrue(brickstor.allows("appliance", Direction.INGRESS, "component:appliance", "tcp", 2379));
  }

  @Test
  void outgoingIsOpenUnlessRestrictedAndTheSampleIsRefused() {
    Reachability open = of("storageos");
    assertTrue(open.allows("node", Direction.EGRESS, "zone:nowhere", "tcp", 9));
    Reachability restricted = open.with(Settings.defaults().restrictEgress(true));
    assertFalse(restricted.allows("node", Direction.EGRESS, "component:node", "tcp", 9));
    assertFalse(restricted.mustNotSample().isEmpty());
    for (Reach r : restricted.mustNotSample()) {
      assertFalse(restricted.allows(r.component(), r.direction(), r.peer(), r.protocol(), r.from()), r.toString());
    }
    for (Reach r : restricted.mustPass()) {
      assertTrue(restricted.allows(r.component(), r.direction(), r.peer(), r.protocol(), r.to()), r.toString());
    }
  }

  @Test
  void theCallHomeZoneIsTheVendorsHostNameAndNotTheWorld() {
    Reachability brickstor = of("brickstor_sp");
    assertTrue(brickstor.zoneNames("call_home").contains("myracktop.com"));
    assertTrue(brickstor.zoneHasHost("call_home", "myracktop.com"));
    assertTrue(brickstor.zoneHasHost("call_home", "MyRackTop.com"));
    assertFalse(brickstor.zoneHasHost("call_home", "www.myracktop.com"));
    assertFalse(brickstor.zoneHasHost("call_home", "example.com"));
    assertFalse(brickstor.zoneHasHost("admins", "myracktop.com"));
    assertTrue(brickstor.with(Settings.defaults().restrictEgress(true))
        .allows("appliance", Direction.EGRESS, "zone:call_home", "tcp", 443));
  }
}
