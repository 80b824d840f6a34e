package dev.portcullis.format.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MermaidTextTest {
  @Test
  void labelEncodesEveryCharacterMermaidWouldRead() {
    assertEquals("\"a #quot;b#quot; #35;1 #amp; #lt;i#gt; #96;x#96; #124; #92;\"",
        MermaidText.label("a \"b\" #1 & <i> `x` | \\"));
  }

  @Test
  void labelJoinsLinesWithBreaksAndFlattensControlCharacters() {
    assertEquals("\"one<br/>two three\"", MermaidText.label(List.of("one", "two\nthree")));
  }

  @Test
  void labelKeepsBracketsAndUnicodeThatAreSafeInsideQuotes() {
    assertEquals("\"[x] (y) {z} — é; end\"", MermaidText.label("[x] (y) {z} — é; end"));
  }

  @Test
  void nodeIdsArePrefixedSoKeywordsAndArrowHeadsCannotClash() {
    assertEquals("c_end", MermaidText.nodeId("c", "end"));
    assertEquals("z_o_agents", MermaidText.nodeId("z", "o_agents"));
    assertEquals("c_a_x2d_b", MermaidText.nodeId("c", "a-b"));
  }

  @Test
  void everyEscapedLabelPassesTheShapeCheck() {
    String hostile = "\"`|<>#&\\ \n\t\u2028 <br/> #quot; -->";
    String diagram = "flowchart LR\n  c_a[" + MermaidText.label(hostile) + "]\n  c_a -->|"
        + MermaidText.label(List.of(hostile, hostile)) + "| c_a\n";
    assertTrue(MermaidShape.problems(diagram).isEmpty(), () -> MermaidShape.problems(diagram).toString());
  }
}
