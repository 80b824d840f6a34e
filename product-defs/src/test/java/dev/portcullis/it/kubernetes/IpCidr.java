package dev.portcullis.it.kubernetes;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * A CIDR or address for the tests, parsed without DNS (only numeric literals reach
 * {@link InetAddress}), with containment and the RFC 5952 canonical text the API server expects.
 */
record IpCidr(BigInteger network, int prefix, int bits) {
  private static final Pattern V4 = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");
  private static final Pattern V6 = Pattern.compile("[0-9a-fA-F:]{2,39}");

  /** Parses {@code address/prefix}; throws IllegalArgumentException with the reason. */
  static IpCidr parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("no /prefix");
    }
    BigInteger address = address(text.substring(0, slash));
    int bits = text.substring(0, slash).contains(":") ? 128 : 32;
    String prefixText = text.substring(slash + 1);
    if (!prefixText.matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(prefixText) > bits) {
      throw new IllegalArgumentException("prefix '" + prefixText + "' is not 0-" + bits);
    }
    int prefix = Integer.parseInt(prefixText);
    return new IpCidr(address, prefix, bits);
  }

  /** A single address as a host CIDR. */
  static IpCidr host(String address) {
    return parse(address + (address.contains(":") ? "/128" : "/32"));
  }

  static BigInteger address(String text) {
    boolean v4 = V4.matcher(text).matches();
    if (!v4 && !(V6.matcher(text).matches() && text.contains(":"))) {
      throw new IllegalArgumentException("'" + text + "' is not a numeric IPv4 or IPv6 address");
    }
    try {
      byte[] bytes = InetAddress.getByName(text).getAddress();
      if (v4 ? bytes.length != 4 : bytes.length != 16) {
        throw new IllegalArgumentException("'" + text + "' changes family when parsed");
      }
      return new BigInteger(1, bytes);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("'" + text + "' is not an address: " + e.getMessage());
    }
  }

  boolean hasHostBits() {
    return !network.equals(network.and(mask()));
  }

  BigInteger mask() {
    BigInteger all = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    return all.xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
  }

  boolean contains(IpCidr other) {
    return bits == other.bits && other.prefix >= prefix && other.network.and(mask()).equals(network.and(mask()));
  }

  BigInteger last() {
    return network.or(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
  }

  /** The RFC 5952 / dotted-quad text of the network with its prefix. */
  String canonical() {
    return text(network.and(mask()), bits) + "/" + prefix;
  }

  static String text(BigInteger value, int bits) {
    if (bits == 32) {
      long n = value.longValue();
      return ((n >> 24) & 255) + "." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
    }
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = value.shiftRight(16 * (7 - i)).intValue() & 0xffff;
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (groups[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append("::");
        i += bestLength - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      out.append(Integer.toHexString(groups[i]));
    }
    return out.toString();
  }
}
