package dev.portcullis.format.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portcullis.descriptor.DescriptorTables;
import dev.portcullis.descriptor.FeatureDescriptor;
import dev.portcullis.descriptor.FlowDescriptor;
import dev.portcullis.descriptor.PortSpan;
import dev.portcullis.descriptor.VariableDescriptor;
import dev.portcullis.descriptor.ZoneDescriptor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows DescriptorGenerator writes read back as the values they were written from. */
class DescriptorTablesTest {
  private static final List<String> HOSTILE = List.of("", "plain", "a|b", "a,b", "back\\slash", "\\0", "\\", "|",
      ",", "tab\tnew\nline", "\u2028\u0085 \u00e9\ud83d\ude00", "ends with \\");

  @Test
  void textFieldsRoundTrip() {
    for (String a : HOSTILE) {
      for (String b : HOSTILE) {
        String row = DescriptorGenerator.field(a) + "|" + DescriptorGenerator.field(b) + "|true";
        assertEquals(List.of(new FeatureDescriptor(a, b, true)), DescriptorTables.features(row), row);
      }
    }
  }

  @Test
  void nullAndListsRoundTrip() {
    String variable = DescriptorGenerator.field("v") + "|" + DescriptorGenerator.field("port") + "|"
        + DescriptorGenerator.field(null);
    assertEquals(List.of(new VariableDescriptor("v", "port", null)), DescriptorTables.variables(variable));
    List<String> items = List.of("10.0.0.0/8", "a,b", "c|d", "e\\f");
    String zone = "z|" + DescriptorGenerator.field("d") + "|" + DescriptorGenerator.items(items) + "|"
        + DescriptorGenerator.items(List.of()) + "|false";
    assertEquals(List.of(new ZoneDescriptor("z", "d", items, List.of(), false)), DescriptorTables.zones(zone));
    assertEquals(List.of(new FlowDescriptor("f", "c", "s", "", "zone", "z", "inbound", "tcp_udp", List.of("tcp", "udp"),
            List.of(new PortSpan(80, 80), new PortSpan(8000, 8010)), null, "f_port")),
        DescriptorTables.flows("f|c|s||zone|z|inbound|tcp_udp|tcp,udp|80,8000-8010|\\0|f_port"));
    assertEquals(List.of(), DescriptorTables.flows());
  }
}
