package dev.portcullis.format.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portcullis.model.Transport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Adjacent or overlapping ports to the same peers are one entry; other rules stay one per flow. */
class PortMergerTest {
  private static final List<PolicyPeer> LAN = List.of(PolicyPeer.ipBlock("10.0.0.0/8"));
  private static final List<PolicyPeer> DMZ = List.of(PolicyPeer.ipBlock("192.168.0.0/24"));

  @Test
  void adjacentRangesOfOneRuleAreOneEntryPerProtocol() {
    PolicyRule rule = new PolicyRule(List.of("# a"), LAN, List.of(tcp(80, 80), tcp(81, 89), udp(81, 81), tcp(95, 95)));
    assertEquals(List.of(tcp(80, 89), tcp(95, 95), udp(81, 81)), PortMerger.merge(List.of(rule)).get(0).ports());
  }

  @Test
  void rulesWithTheSamePeersAndTouchingPortsMergeWithBothComments() {
    List<PolicyRule> merged = PortMerger.merge(List.of(
        new PolicyRule(List.of("# a"), LAN, List.of(tcp(100, 110))),
        new PolicyRule(List.of("# b"), DMZ, List.of(tcp(111, 111))),
        new PolicyRule(List.of("# c"), LAN, List.of(tcp(200, 200))),
        new PolicyRule(List.of("# d"), LAN, List.of(tcp(105, 120))),
        PolicyRule.commentOnly(List.of("# e"))));
    assertEquals(List.of(
        new PolicyRule(List.of("# a", "# d"), LAN, List.of(tcp(100, 120))),
        new PolicyRule(List.of("# b"), DMZ, List.of(tcp(111, 111))),
        new PolicyRule(List.of("# c"), LAN, List.of(tcp(200, 200))),
        PolicyRule.commentOnly(List.of("# e"))), merged);
  }

  private static PolicyPort tcp(int from, int to) {
    return new PolicyPort(Transport.TCP, from, to);
  }

  private static PolicyPort udp(int from, int to) {
    return new PolicyPort(Transport.UDP, from, to);
  }
}
