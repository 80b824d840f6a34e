package dev.portcullis.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written CIDR parser: what it accepts, what it refuses and why, and how it prints networks. */
class CidrsTest {
  @ParameterizedTest
  @CsvSource({
      "10.0.0.0/8, 10.0.0.0/8",
      "0.0.0.0/0, 0.0.0.0/0",
      "255.255.255.255/32, 255.255.255.255/32",
      "192.168.1.0/24, 192.168.1.0/24",
      "172.16.0.0/12, 172.16.0.0/12"})
  void ipv4NetworksParseWithoutHostBits(String text, String network) {
    Cidrs.Cidr cidr = Cidrs.parseV4(text).cidr().orElseThrow();
    assertFalse(cidr.hasHostBits());
    assertEquals(network, cidr.networkText());
    assertEquals(32, cidr.bits());
  }

  @ParameterizedTest
  @CsvSource({
      "10.1.2.3/8, 10.0.0.0/8",
      "192.168.1.10/24, 192.168.1.0/24",
      "172.31.255.255/12, 172.16.0.0/12",
      "1.2.3.4/0, 0.0.0.0/0"})
  void ipv4HostBitsAreFoundAndTheNetworkNamed(String text, String network) {
    Cidrs.Cidr cidr = Cidrs.parseV4(text).cidr().orElseThrow();
    assertTrue(cidr.hasHostBits());
    assertEquals(network, cidr.networkText());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "10.0.0/8|expected a.b.c.d/prefix",
      "10.0.0.0|expected a.b.c.d/prefix",
      "10.0.0.0/33|prefix must be 0-32",
      "10.0.0.0/08|prefix must be 0-32",
      "256.0.0.0/8|octet '256' is not 0-255 without leading zeros",
      "010.0.0.0/8|octet '010' is not 0-255 without leading zeros",
      "' 10.0.0.0/8'|expected a.b.c.d/prefix",
      "'10.0.0.0/8 '|expected a.b.c.d/prefix",
      "fd00::/8|expected a.b.c.d/prefix",
      "\uff11\uff10.0.0.0/8|expected a.b.c.d/prefix"})
  void ipv4MistakesAreExplained(String text, String why) {
    Cidrs.Result result = Cidrs.parseV4(text);
    assertTrue(result.cidr().isEmpty(), text);
    assertEquals(why, result.error());
  }

  @ParameterizedTest
  @CsvSource({
      "fd00::/8, fd00::/8",
      "::/0, ::/0",
      "::1/128, ::1/128",
      "FD00:0:0:0:0:0:0:0/8, fd00::/8",
      "2001:db8:0:0:1:0:0:1/128, 2001:db8::1:0:0:1/128",
      "1:0:0:2:0:0:0:3/128, 1:0:0:2::3/128",
      "1:0:2:3:4:5:6:7/128, 1:0:2:3:4:5:6:7/128",
      "1::/16, 1::/16",
      "2001:0db8::/32, 2001:db8::/32"})
  void ipv6NetworksParseAndPrintCompressedAsRfc5952Says(String text, String network) {
    Cidrs.Cidr cidr = Cidrs.parseV6(text).cidr().orElseThrow();
    assertFalse(cidr.hasHostBits(), text);
    assertEquals(network, cidr.networkText());
    assertEquals(128, cidr.bits());
  }

  @ParameterizedTest
  @CsvSource({
      "2001:db8::1/32, 2001:db8::/32",
      "fd12:3456:789a:1::1/64, fd12:3456:789a:1::/64",
      "ffff::/1, 8000::/1"})
  void ipv6HostBitsAreFoundAndTheNetworkNamed(String text, String network) {
    Cidrs.Cidr cidr = Cidrs.parseV6(text).cidr().orElseThrow();
    assertTrue(cidr.hasHostBits());
    assertEquals(network, cidr.networkText());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fd00::|expected address/prefix",
      "fd00::/8/8|expected address/prefix",
      "fd00::/129|prefix must be 0-128",
      "fd00::/08|prefix must be 0-128",
      "fd00::1::/64|'::' appears twice",
      ":::/8|not hexadecimal groups separated by ':'",
      "fd0g::/16|not hexadecimal groups separated by ':'",
      "::ffff:1.2.3.4/128|not hexadecimal groups separated by ':'",
      "1:2:3:4:5:6:7:8:9/128|wrong number of groups",
      "1:2:3:4:5:6:7::8/128|wrong number of groups",
      "1:2:3/48|wrong number of groups",
      "12345::/16|group '12345' is not 1-4 hex digits",
      ":1:2:3:4:5:6:7/128|group '' is not 1-4 hex digits"})
  void ipv6MistakesAreExplained(String text, String why) {
    Cidrs.Result result = Cidrs.parseV6(text);
    assertTrue(result.cidr().isEmpty(), text);
    assertEquals(why, result.error());
  }

  @Test
  void zeroGroupsCompressOnlyTheFirstLongestRun() {
    assertEquals("::", Cidrs.v6Text(BigInteger.ZERO));
    assertEquals("1::", Cidrs.v6Text(BigInteger.ONE.shiftLeft(112)));
    assertEquals("::1", Cidrs.v6Text(BigInteger.ONE));
    assertEquals("1:0:0:1::", Cidrs.v6Text(new BigInteger("0001000000000001000000000000000", 16).shiftLeft(4)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0/8", "100.64.0.0/10", "fd00::/8", "2001:db8::/32"})
  void networkTextParsesBackToTheSameNetwork(String text) {
    Cidrs.Result parsed = text.contains(":") ? Cidrs.parseV6(text) : Cidrs.parseV4(text);
    Cidrs.Cidr cidr = parsed.cidr().orElseThrow();
    Cidrs.Result again = text.contains(":") ? Cidrs.parseV6(cidr.networkText()) : Cidrs.parseV4(cidr.networkText());
    assertEquals(cidr, again.cidr().orElseThrow());
  }
}
