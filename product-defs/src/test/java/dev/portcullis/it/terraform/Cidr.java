package dev.portcullis.it.terraform;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** CIDRs compared by value: the address as the JDK parses and prints it, and the prefix. */
final class Cidr {
  private Cidr() {}

  static String canonical(String cidr) {
    int slash = cidr.indexOf('/');
    try {
      InetAddress address = InetAddress.getByName(cidr.substring(0, slash));
      return address.getHostAddress() + "/" + Integer.parseInt(cidr.substring(slash + 1));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not a CIDR: " + cidr, e);
    }
  }
}
