package dev.portcullis.format.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Long vendor descriptions and port lists wrap, so diagram nodes and arrows stay narrow. */
class DiagramWrapTest {
  @Test
  void wrapsAtSpacesWithinTheLineLength() {
    assertEquals(List.of("Call-home destination for software", "updates (https://myracktop.com); its",
            "addresses are not published"),
        DiagramBuilder.wrap("Call-home destination for software updates (https://myracktop.com); its addresses are not published"));
  }

  @Test
  void keepsAWordLongerThanALineWholeAndFoldsWhitespace() {
    assertEquals(List.of("a", "x".repeat(50), "b c"), DiagramBuilder.wrap("a " + "x".repeat(50) + "\n b \t c"));
  }

  @Test
  void portListsWrapBetweenPorts() {
    assertEquals(List.of("TCP 4222-4223, 5705-5707, 8001, 8222,", "13701, 17100, 17102"),
        DiagramBuilder.wrap("TCP 4222-4223, 5705-5707, 8001, 8222, 13701, 17100, 17102"));
  }
}
