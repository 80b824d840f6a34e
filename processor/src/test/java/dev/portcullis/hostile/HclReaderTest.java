package dev.portcullis.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The HCL reader the hostile properties rely on decodes what Terraform decodes, and rejects what it rejects. */
class HclReaderTest {
  private static String onlyString(String hcl) {
    List<HclReader.Token> strings = HclReader.tokens(hcl).stream()
        .filter(t -> t.kind() == HclReader.Kind.STRING).toList();
    assertEquals(1, strings.size(), strings::toString);
    return strings.get(0).text();
  }

  @Test
  void decodesEscapesAndLiteralTemplateOpeners() {
    assertEquals("a\"b\\c\nd\te${f%{g\u00e9\ud83d\ude00",
        onlyString("x = \"a\\\"b\\\\c\\nd\\te$${f%%{g\\u00e9\\U0001F600\""));
  }

  @Test
  void marksRealInterpolationAsCode() {
    assertEquals("sg-" + HclReader.INTERPOLATION_START + "${var.name}" + HclReader.INTERPOLATION_END,
        onlyString("x = \"sg-${var.name}\""));
    assertEquals(HclReader.INTERPOLATION_START + "%{ if a }" + HclReader.INTERPOLATION_END + "b",
        onlyString("x = \"%{ if a }b\""));
  }

  @Test
  void nestedStringsInsideInterpolationDoNotEndTheOuterString() {
    assertEquals(HclReader.INTERPOLATION_START + "${join(\",\", [\"}\"])}" + HclReader.INTERPOLATION_END,
        onlyString("x = \"${join(\",\", [\"}\"])}\""));
  }

  @Test
  void heredocsInterpolateButDoNotUnescapeBackslashes() {
    assertEquals("a\\n $${ \n" + HclReader.INTERPOLATION_START + "${x}" + HclReader.INTERPOLATION_END + "\n",
        onlyString("d = <<EOT\na\\n $$${ \n${x}\nEOT\n"));
    assertEquals("a\n  b\n", onlyString("d = <<-EOT\n    a\n      b\n    EOT\n"));
  }

  @Test
  void skipsComments() {
    assertEquals(List.of("IDENTIFIER a", "PUNCT =", "NUMBER 1"),
        HclReader.tokens("# \"x\n// y\"\n/* \" */ a = 1\n").stream().map(t -> t.kind() + " " + t.text()).toList());
  }

  @Test
  void rejectsWhatTerraformRejects() {
    assertThrows(HclReader.HclSyntaxException.class, () -> HclReader.tokens("x = \"a\nb\""));
    assertThrows(HclReader.HclSyntaxException.class, () -> HclReader.tokens("x = \"a\\qb\""));
    assertThrows(HclReader.HclSyntaxException.class, () -> HclReader.tokens("x = \"abc"));
    assertThrows(HclReader.HclSyntaxException.class, () -> HclReader.tokens("x = <<EOT\nabc\n"));
    assertThrows(HclReader.HclSyntaxException.class, () -> HclReader.tokens("x = \"${a\""));
  }
}
