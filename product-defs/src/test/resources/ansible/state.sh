#!/bin/sh
# Prints the firewall state of a test host's server, comparable between two moments: the
# filter and nat tables of IPv4 and IPv6 (without counters and save dates), the whole nftables
# ruleset (without counters), ufw's configuration and rules, firewalld's zones and policies, and
# every file the role writes. Runs inside the server's private mount namespace.
for save in iptables-save ip6tables-save; do
  echo "== $save"
  "$save" | grep -v '^#' | sed 's/\[[0-9]*:[0-9]*\]$//'
done
echo "== nft"
nft -s list ruleset 2>&1
for f in /etc/default/ufw /etc/ufw/ufw.conf /etc/ufw/sysctl.conf /etc/ufw/user.rules /etc/ufw/user6.rules; do
  echo "== $f"
  cat "$f" 2>/dev/null
done
for d in /etc/portcullis /etc/sysctl.d /etc/firewalld/zones /etc/firewalld/policies; do
  echo "== $d"
  find "$d" -type f 2>/dev/null | sort | while read -r f; do echo "-- $f"; cat "$f"; done
done
echo "== units"
find /etc/systemd/system -name "portcullis*" 2>/dev/null | sort | while read -r f; do echo "$f -> $(readlink "$f")"; done
echo "== sysctl"
sysctl -n net.ipv4.ip_forward
