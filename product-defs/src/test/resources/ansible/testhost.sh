#!/usr/bin/env bash
# Throw-away test hosts for applying a generated role for real (see REFERENCE.md "Test hosts").
#
# A test host is a pair of network namespaces joined by a veth pair: pca-<name>-s (the server the
# role is applied to) and pca-<name>-c (a client on the same IPv4 and IPv6 subnet, with a second
# address on a subnet the server is not on, routed through the first). Commands run in
# the server see a private copy of /etc and /lib/ufw (bind-mounted in a private mount namespace),
# so ufw, sysctl.d, systemd units and rules files the role writes never touch the real host.
#
#   testhost.sh up   <name> <index> <statedir>  create the namespaces and the private copies
#   testhost.sh srv  <name> <statedir> cmd...   run cmd in the server namespace, private /etc
#   testhost.sh cli  <name> cmd...              run cmd in the client namespace
#   testhost.sh down <name> <statedir>          kill what runs in the namespaces, delete them
#
# Addresses of host <index> (1-250): server 10.231.<index>.1/24 and fd00:231:<index>::1/64,
# client .2 and ::2, and the client's far address 10.232.<index>.2/24 and fd00:232:<index>::2/64,
# which the server reaches through routes via the client's first address.
set -euo pipefail

name_ok() {
  [[ "$1" =~ ^[a-z0-9]{1,8}$ ]] || { echo "bad test host name '$1' (a-z0-9, at most 8)" >&2; exit 2; }
}

up() {
  local name=$1 index=$2 state=$3 srv="pca-$1-s" cli="pca-$1-c"
  name_ok "$name"
  down "$name" "$state" 2>/dev/null || true
  mkdir -p "$state"
  cp -a /etc "$state/etc"
  cp -a /lib/ufw/. "$state/lib-ufw"
  # ufw inside the namespace must not set the host's kernel parameters or load modules
  : > "$state/etc/ufw/sysctl.conf"
  sed -i 's/^IPT_MODULES=.*/IPT_MODULES=""/' "$state/etc/default/ufw"
  ip netns add "$srv"
  ip netns add "$cli"
  ip link add "pca$name" netns "$srv" type veth peer name "pca${name}c" netns "$cli"
  ip -n "$srv" link set lo up
  ip -n "$cli" link set lo up
  ip -n "$srv" link set "pca$name" name eth0
  ip -n "$cli" link set "pca${name}c" name eth0
  ip -n "$srv" addr add "10.231.$index.1/24" dev eth0
  ip -n "$cli" addr add "10.231.$index.2/24" dev eth0
  ip -n "$srv" addr add "fd00:231:$index::1/64" dev eth0 nodad
  ip -n "$cli" addr add "fd00:231:$index::2/64" dev eth0 nodad
  ip -n "$cli" addr add "10.232.$index.2/24" dev eth0
  ip -n "$cli" addr add "fd00:232:$index::2/64" dev eth0 nodad
  ip -n "$srv" link set eth0 up
  ip -n "$cli" link set eth0 up
  ip -n "$srv" route add "10.232.$index.0/24" via "10.231.$index.2" dev eth0
  ip -n "$srv" -6 route add "fd00:232:$index::/64" via "fd00:231:$index::2" dev eth0
}

srv() {
  local name=$1 state=$2
  shift 2
  name_ok "$name"
  [ -d "$state/etc" ] || { echo "no test host state in $state" >&2; exit 2; }
  exec ip netns exec "pca-$name-s" unshare --mount --propagation private \
    env PCA_STATE="$state" sh -c '
      mount --bind "$PCA_STATE/etc" /etc &&
      mount --bind "$PCA_STATE/lib-ufw" /lib/ufw &&
      exec "$@"' sh "$@"
}

cli() {
  local name=$1
  shift
  name_ok "$name"
  exec ip netns exec "pca-$name-c" "$@"
}

down() {
  local name=$1 state=$2 ns pids
  name_ok "$name"
  for ns in "pca-$name-s" "pca-$name-c"; do
    if ip netns list | grep -qw "$ns"; then
      pids=$(ip netns pids "$ns" || true)
      [ -z "$pids" ] || kill $pids 2>/dev/null || true
      ip netns del "$ns"
    fi
  done
  case "$state" in
    /tmp/*|/var/tmp/*|*/target/*) rm -rf "$state" ;;
    *) echo "not removing state outside a temp or target dir: $state" >&2 ;;
  esac
}

cmd=${1:-}
shift || true
case "$cmd" in
  up) up "$@" ;;
  srv) srv "$@" ;;
  cli) cli "$@" ;;
  down) down "$@" ;;
  *) echo "usage: $0 up|srv|cli|down ..." >&2; exit 2 ;;
esac
