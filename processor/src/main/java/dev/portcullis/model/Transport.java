package dev.portcullis.model;

/** A single resolved protocol; {@code TCP_UDP} of a definition becomes two. */
public enum Transport {
  TCP,
  UDP,
  ICMP,
  SCTP;

  /** Lower-case name as iptables, ufw and Terraform spell it. */
  public String lower() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
