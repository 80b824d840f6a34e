package dev.portcullis.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.portcullis.processor.diagnostics.Defs.def;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.portcullis.diagnostics.Message;
import dev.portcullis.processor.testing.Javac;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Zone CIDRs: every message lands on the CIDR string it is about. */
class ZoneDiagnosticsTest {
  private static JavaFileObject zones(String zoneLines) {
    return def("Demo", """
        @Product(id = "demo", title = "Demo")
        @Component(id = "node")
        %s
        @Flow(id = "web", service = "HTTP", component = "node", peerZone = "lan", ports = 80)
        public class Demo {}
        """.formatted(zoneLines));
  }

  @Test
  void invalidIpv4CidrsLandOnEachString() {
    JavaFileObject src = zones("""
        @Zone(id = "lan",
            ipv4 = {"10.0.0.0/8",
                "10.0.0.0/33",
                "10.300.0.0/16",
                "lan"})""");
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.INVALID_CIDR.format("10.0.0.0/33", 4, "prefix must be 0-32"))
        .inFile(src).onLineContaining("/33");
    assertThat(c).hadErrorContaining(Message.INVALID_CIDR.format("10.300.0.0/16", 4,
        "octet '300' is not 0-255 without leading zeros")).inFile(src).onLineContaining("10.300");
    assertThat(c).hadErrorContaining(Message.INVALID_CIDR.format("lan", 4, "expected a.b.c.d/prefix"))
        .inFile(src).onLineContaining("\"lan\"}");
    assertEquals(3, c.errors().size(), Javac.describe(c));
  }

  @Test
  void invalidHostNamesLandOnEachString() {
    JavaFileObject src = zones("""
        @Zone(id = "lan",
            names = {"updates.example.com",
                "*.cdn.example.com",
                "-bad.example.com",
                "example.com.",
                "a.*.example.com"})""");
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.INVALID_HOST_NAME.format("lan", "-bad.example.com",
        "label '-bad' is not 1-63 letters, digits and hyphens, starting and ending with a letter or digit"))
        .inFile(src).onLineContaining("-bad");
    assertThat(c).hadErrorContaining(Message.INVALID_HOST_NAME.format("lan", "example.com.",
        "write it without the trailing dot")).inFile(src).onLineContaining("\"example.com.\"");
    assertThat(c).hadErrorContaining(Message.INVALID_HOST_NAME.format("lan", "a.*.example.com",
        "a wildcard is only allowed as a leading '*.'")).inFile(src).onLineContaining("a.*");
    assertEquals(3, c.errors().size(), Javac.describe(c));
  }

  @Test
  void aZoneKnownOnlyByNameWarnsInTheTargetsThatCannotMatchNames() {
    JavaFileObject src = zones("""
        @Zone(id = "lan", isPublic = true,
            names = "updates.example.com")""");
    Compilation c = Javac.compile(src);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining(Message.ZONE_HOST_NAMES.format("lan", "updates.example.com",
        "the Ansible role", "resolve them and set demo_firewall_zone_lan_ipv4 and/or _ipv6 to their addresses"))
        .inFile(src).onLineContaining("names =");
  }

  @Test
  void invalidIpv6CidrLandsOnTheString() {
    JavaFileObject src = zones("""
        @Zone(id = "lan", ipv4 = "10.0.0.0/8",
            ipv6 = "fd00::/129")""");
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.INVALID_CIDR.format("fd00::/129", 6, "prefix must be 0-128"))
        .inFile(src).onLineContaining("fd00::/129");
  }

  @Test
  void cidrWithHostBitsNamesItsNetworkAddress() {
    JavaFileObject src = zones("""
        @Zone(id = "lan",
            ipv4 = "10.1.2.3/8",
            ipv6 = "2001:db8::1/32")""");
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.CIDR_HOST_BITS.format("10.1.2.3/8", "10.0.0.0/8"))
        .inFile(src).onLineContaining("10.1.2.3/8");
    assertThat(c).hadErrorContaining(Message.CIDR_HOST_BITS.format("2001:db8::1/32", "2001:db8::/32"))
        .inFile(src).onLineContaining("2001:db8::1/32");
  }

  @Test
  void wholeInternetWithoutIsPublicLandsOnTheCidr() {
    JavaFileObject src = zones("""
        @Zone(id = "lan",
            ipv4 = "0.0.0.0/0",
            ipv6 = "::/0")""");
    Compilation c = Javac.compile(src);
    assertThat(c).hadErrorContaining(Message.PUBLIC_CIDR_NOT_PUBLIC.format("lan", "0.0.0.0/0"))
        .inFile(src).onLineContaining("0.0.0.0/0");
    assertThat(c).hadErrorContaining(Message.PUBLIC_CIDR_NOT_PUBLIC.format("lan", "::/0"))
        .inFile(src).onLineContaining("::/0");
  }

  @Test
  void wholeInternetIsFineWhenPublic() {
    JavaFileObject src = zones("""
        @Zone(id = "lan", isPublic = true, ipv4 = "0.0.0.0/0", ipv6 = "::/0")""");
    Compilation c = Javac.compile(src);
    assertThat(c).succeededWithoutWarnings();
  }
}
