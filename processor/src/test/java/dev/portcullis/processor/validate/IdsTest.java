package dev.portcullis.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids valid in every target, and the "did you mean" hint. */
class IdsTest {
  @ParameterizedTest
  @ValueSource(strings = {"storageos", "brickstor_sp", "a", "a1", "node_2", "x_1_y", "abcdefghij0123456789", "abcdefghij0123456789abcdefghij01"})
  void snakeCaseIdsWithinTheLimitAreValid(String id) {
    assertTrue(Ids.isValid(id, Ids.MAX_NAME_ID), id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1a", "_a", "a_", "a__b", "A", "aB", "a-b", "a b", "a.b", "caf\u00e9", "\u0131d",
      "abcdefghij0123456789abcdefghij012"})
  void otherIdsAreInvalid(String id) {
    assertFalse(Ids.isValid(id, Ids.MAX_NAME_ID), id);
  }

  @Test
  void flowIdsMayBeLongerThanNameIds() {
    String forty = "a".repeat(40);
    assertTrue(Ids.isValid(forty, Ids.MAX_FLOW_ID));
    assertFalse(Ids.isValid(forty + "a", Ids.MAX_FLOW_ID));
    assertFalse(Ids.isValid(forty, Ids.MAX_NAME_ID));
  }

  @Test
  void didYouMeanNamesTheClosestIdOrListsTheDeclaredOnes() {
    assertEquals("; did you mean 'node'?", Ids.didYouMean("nod", List.of("node", "agent")));
    assertEquals("; did you mean 'agent'?", Ids.didYouMean("agnet", List.of("node", "agent")));
    assertEquals("; declared: agent, node", Ids.didYouMean("database", List.of("node", "agent")));
    assertEquals("", Ids.didYouMean("node", List.of()));
    // ties go to the alphabetically first id, whatever the declaration order
    assertEquals("; did you mean 'aa'?", Ids.didYouMean("ab", List.of("ac", "aa")));
    assertEquals("; did you mean 'aa'?", Ids.didYouMean("ab", List.of("aa", "ac")));
  }

  @Test
  void editDistance() {
    assertEquals(3, Ids.distance("kitten", "sitting"));
    assertEquals(0, Ids.distance("node", "node"));
    assertEquals(4, Ids.distance("", "node"));
  }
}
