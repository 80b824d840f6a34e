package dev.portcullis.format.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AwsDescriptionTest {
  @Test
  void keepsWhatAwsAllows() {
    String allowed = "Abc xyz 0123456789 ._-:/()#,@[]+=&;{}!$*";
    assertEquals(allowed, AwsDescription.of(allowed));
  }

  @Test
  void reducesEverythingElseByTheDocumentedRule() {
    assertEquals("cafe (Test) / quoted 50 percent", AwsDescription.of("café <Test> | \"quoted\" 50%  percent"));
    assertEquals("Its the ops box", AwsDescription.of("It's the `ops` box"));
    assertEquals("line one line two", AwsDescription.of("line one\n\tline two"));
    assertEquals("", AwsDescription.of("???"));
  }

  @Test
  void cutsAt255Characters() {
    String cut = AwsDescription.of("x".repeat(300));
    assertEquals(255, cut.length());
  }

  @Test
  void theResultIsAlwaysAcceptable() {
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0x3000; c++) {
      every.append(c);
    }
    String result = AwsDescription.of(every.toString());
    assertTrue(result.length() <= AwsDescription.MAX_LENGTH);
    for (char c : result.toCharArray()) {
      assertTrue(AwsDescription.isAllowed(c), () -> "not allowed: U+" + Integer.toHexString(c));
    }
  }
}
