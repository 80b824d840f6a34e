package dev.portcullis.processor.validate;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses CIDRs by hand (no DNS lookups, unlike {@code InetAddress.getByName} on a bad string)
 * and finds host bits.
 */
public final class Cidrs {
  private static final Pattern V4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");

  private Cidrs() {}

  /** A parsed CIDR: the address as an unsigned number, its prefix and its bit width. */
  public record Cidr(BigInteger address, int prefix, int bits) {
    public boolean hasHostBits() {
      return !address.equals(network());
    }

    public BigInteger network() {
      BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
          .xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
      return address.and(mask);
    }

    /** The CIDR written with its network address. */
    public String networkText() {
      return (bits == 32 ? v4Text(network()) : v6Text(network())) + "/" + prefix;
    }
  }

  /**
   * Valid CIDRs of one family in canonical text (lower case, compressed, network address),
   * sorted by address then prefix, without repeats: the form every target writes.
   */
  public static List<String> canonical(List<String> cidrs, boolean ipv6) {
    return cidrs.stream()
        .map(text -> (ipv6 ? parseV6(text) : parseV4(text)).cidr()
            .orElseThrow(() -> new IllegalArgumentException("not a valid CIDR: " + text)))
        .sorted(Comparator.comparing(Cidr::address).thenComparingInt(Cidr::prefix))
        .map(Cidr::networkText)
        .distinct()
        .toList();
  }

  /** Parses an IPv4 CIDR, or explains why not. */
  public static Result parseV4(String text) {
    var m = V4.matcher(text);
    if (!m.matches()) {
      return Result.error("expected a.b.c.d/prefix");
    }
    long value = 0;
    for (int i = 1; i <= 4; i++) {
      int octet = Integer.parseInt(m.group(i));
      if (octet > 255 || (m.group(i).length() > 1 && m.group(i).startsWith("0"))) {
        return Result.error("octet '" + m.group(i) + "' is not 0-255 without leading zeros");
      }
      value = (value << 8) | octet;
    }
    int prefix = Integer.parseInt(m.group(5));
    if (prefix > 32 || (m.group(5).length() > 1 && m.group(5).startsWith("0"))) {
      return Result.error("prefix must be 0-32");
    }
    return Result.ok(new Cidr(BigInteger.valueOf(value), prefix, 32));
  }

  /** Parses an IPv6 CIDR (with {@code ::} compression, no embedded IPv4), or explains why not. */
  public static Result parseV6(String text) {
    int slash = text.indexOf('/');
    if (slash < 0 || slash != text.lastIndexOf('/')) {
      return Result.error("expected address/prefix");
    }
    String addr = text.substring(0, slash);
    String prefixText = text.substring(slash + 1);
    if (!prefixText.matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(prefixText) > 128) {
      return Result.error("prefix must be 0-128");
    }
    if (!addr.matches("[0-9a-fA-F:]+") || addr.contains(":::")) {
      return Result.error("not hexadecimal groups separated by ':'");
    }
    int gap = addr.indexOf("::");
    if (gap >= 0 && addr.indexOf("::", gap + 1) >= 0) {
      return Result.error("'::' appears twice");
    }
    String[] head = gap >= 0 ? split(addr.substring(0, gap)) : split(addr);
    String[] tail = gap >= 0 ? split(addr.substring(gap + 2)) : new String[0];
    int groups = head.length + tail.length;
    if ((gap < 0 && groups != 8) || (gap >= 0 && groups > 7)) {
      return Result.error("wrong number of groups");
    }
    BigInteger value = BigInteger.ZERO;
    String[] all = new String[8];
    for (int i = 0; i < 8; i++) {
      all[i] = "0";
    }
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, 8 - tail.length, tail.length);
    for (String group : all) {
      if (group.isEmpty() || group.length() > 4) {
        return Result.error("group '" + group + "' is not 1-4 hex digits");
      }
      value = value.shiftLeft(16).or(new BigInteger(group, 16));
    }
    return Result.ok(new Cidr(value, Integer.parseInt(prefixText), 128));
  }

  private static String[] split(String part) {
    return part.isEmpty() ? new String[0] : part.split(":", -1);
  }

  static String v4Text(BigInteger v) {
    long n = v.longValue();
    return ((n >> 24) & 255) + "." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
  }

  static String v6Text(BigInteger v) {
    StringBuilder out = new StringBuilder();
    for (int i = 7; i >= 0; i--) {
      out.append(v.shiftRight(16 * i).and(BigInteger.valueOf(0xffff)).toString(16));
      if (i > 0) {
        out.append(':');
      }
    }
    // compress the longest run of zero groups, as RFC 5952 writes it
    String full = ":" + out + ":";
    String best = null;
    for (int len = 8; len >= 2 && best == null; len--) {
      String run = ":" + "0:".repeat(len);
      if (full.contains(run)) {
        best = run;
      }
    }
    if (best == null) {
      return out.toString();
    }
    String compressed = full.replaceFirst(Pattern.quote(best), "::");
    compressed = compressed.startsWith(":::") ? compressed.substring(1) : compressed;
    if (compressed.startsWith(":") && !compressed.startsWith("::")) {
      compressed = compressed.substring(1);
    }
    if (compressed.endsWith(":") && !compressed.endsWith("::")) {
      compressed = compressed.substring(0, compressed.length() - 1);
    }
    return compressed.replace(":::", "::");
  }

  /** A parse result: a CIDR or the reason there is none. */
  public record Result(Optional<Cidr> cidr, String error) {
    static Result ok(Cidr cidr) {
      return new Result(Optional.of(cidr), "");
    }

    static Result error(String why) {
      return new Result(Optional.empty(), why);
    }
  }
}
