package dev.portcullis.model;

/**
 * ICMP type and code (-1 = any) for IPv4, and the ICMPv6 equivalent; {@code v6Type} is
 * {@link #NONE} when ICMPv6 has no counterpart of the IPv4 type.
 */
public record Icmp(int type, int code, int v6Type, int v6Code) {
  public static final int ANY = -1;
  public static final int NONE = -2;

  /** Maps the IPv4 types that have an ICMPv6 counterpart (echo request/reply, unreachable). */
  public static Icmp of(int type, int code) {
    int v6Type =
        switch (type) {
          case ANY -> ANY;
          case 8 -> 128; // echo request
          case 0 -> 129; // echo reply
          case 3 -> 1; // destination unreachable
          case 11 -> 3; // time exceeded
          default -> NONE;
        };
    int v6Code = (type == ANY || type == 8 || type == 0) ? code : ANY;
    return new Icmp(type, code, v6Type, v6Code);
  }

  public boolean hasV6() {
    return v6Type != NONE;
  }
}
