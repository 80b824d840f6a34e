#!/usr/bin/env bash
# Throw-away test hosts for applying a generated role for real (see REFERENCE.md "Test hosts").
#
# A test host is a pair of network namespaces joined by a veth pair: pca-<name>-s (the server the
# role is applied to) and pca-<name>-c (a client on the same IPv4 and IPv6 subnet, with a second
# address on a subnet the server is not on, routed through the first). Commands run in
# the server see a private copy of /etc and /lib/ufw (bind-mounted in a private mount namespace),
# so ufw, sysctl.d, systemd units and rules files the role writes never touch the real host.
#
#   testhost.sh up   <name> <index> <statedir> [firewalld]
#                                               create the namespaces and the private copies;
#                                               with firewalld, start a private D-Bus and a real
#                                               firewalld in the server (its own init, see below)
#   testhost.sh srv  <name> <statedir> cmd...   run cmd in the server namespace, private /etc
#   testhost.sh firewalld <name> <statedir> stop|start
#                                               stop or start the daemon of a firewalld host
#                                               (the reboot path: the permanent configuration)
#   testhost.sh cli  <name> cmd...              run cmd in the client namespace
#   testhost.sh down <name> <statedir>          kill what runs in the namespaces, delete them
#
# Addresses of host <index> (1-250): server 10.231.<index>.1/24 and fd00:231:<index>::1/64,
# client .2 and ::2, and the client's far address 10.232.<index>.2/24 and fd00:232:<index>::2/64,
# which the server reaches through routes via the client's first address.
#
# A firewalld host (REFERENCE.md "nftables and firewalld test hosts") runs an init of its own in
# the server namespace, in private mount and PID namespaces: a private /etc, /var/log
# and /run, modprobe and rmmod replaced by true (the kernel has no loadable modules), a system bus
# of its own (dbus-daemon with a private configuration: no service activation, so no polkit, and
# uid 0 may talk to firewalld), and firewalld. srv then enters that init's namespaces; its pid is
# in <statedir>/init.pid. Several such hosts run side by side.
set -euo pipefail
SELF=$(readlink -f "$0")

name_ok() {
  [[ "$1" =~ ^[a-z0-9]{1,8}$ ]] || { echo "bad test host name '$1' (a-z0-9, at most 8)" >&2; exit 2; }
}

up() {
  local name=$1 index=$2 state=$3 kind=${4:-} srv="pca-$1-s" cli="pca-$1-c"
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
  if [ "$kind" = firewalld ]; then
    start_firewalld "$name" "$state"
  fi
}

# The private bus: a system bus on the init's own /run, nothing activated, everyone may talk.
bus_config() {
  cat <<'XML'
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=/run/dbus/system_bus_socket</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_type="method_call"/>
    <allow send_type="method_return"/>
    <allow send_type="error"/>
    <allow send_type="signal"/>
    <allow receive_type="method_call"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
    <allow receive_type="signal"/>
  </policy>
</busconfig>
XML
}

start_firewalld() {
  local name=$1 state=$2 i starter
  [ -f "$state/dbus.conf" ] || {
    bus_config > "$state/dbus.conf"
    mkdir -p "$state/var-log"
  }
  rm -f "$state/init.pid" "$state/init.ready"
  setsid ip netns exec "pca-$name-s" unshare --mount --propagation private --pid --fork --mount-proc \
    bash "$SELF" init "$state" > "$state/init.log" 2>&1 < /dev/null &
  for i in $(seq 1 300); do
    [ -f "$state/init.ready" ] && return 0
    [ -f "$state/init.failed" ] && break
    sleep 0.1
  done
  echo "firewalld did not start in test host $name:" >&2
  cat "$state/init.log" >&2
  exit 1
}

# PID 1 of a firewalld host: mounts, the bus, firewalld; stops both on SIGTERM.
init() {
  local state=$1 bus fw i
  echo $$ > "$state/init.pid.tmp"
  mount --bind "$state/etc" /etc
  mount --bind "$state/var-log" /var/log
  mount -t tmpfs tmpfs /run
  mkdir -p /run/dbus
  for f in /usr/sbin/modprobe /sbin/modprobe /usr/sbin/rmmod /sbin/rmmod; do
    [ ! -e "$f" ] || mount --bind /bin/true "$f"
  done
  dbus-daemon --config-file="$state/dbus.conf" --nofork --nopidfile --nosyslog &
  bus=$!
  for i in $(seq 1 100); do [ -S /run/dbus/system_bus_socket ] && break; sleep 0.05; done
  fw=
  start_daemon() {
    firewalld --nofork --nopid &
    fw=$!
    for i in $(seq 1 300); do
      [ "$(firewall-cmd --state 2>/dev/null)" = running ] && return 0
      kill -0 "$fw" 2>/dev/null || return 1
      sleep 0.1
    done
    return 1
  }
  stop_daemon() {
    [ -z "$fw" ] || { kill "$fw" 2>/dev/null; wait "$fw" 2>/dev/null || true; fw=; }
  }
  trap 'stop_daemon; kill $bus 2>/dev/null; exit 0' TERM INT
  # the test asks for a stop or a start of the daemon (the reboot path) through USR1 / USR2
  trap 'stop_daemon; : > "$PCA_STATE_DIR/daemon.stopped"' USR1
  trap 'start_daemon && : > "$PCA_STATE_DIR/daemon.started"' USR2
  PCA_STATE_DIR=$state
  if start_daemon; then
    mv "$state/init.pid.tmp" "$state/init.pid"
    : > "$state/init.ready"
  else
    : > "$state/init.failed"
    exit 1
  fi
  while :; do
    sleep 1 & wait $! || true
  done
}

# The host pid of a firewalld host's init (inside its PID namespace it is 1).
init_pid() {
  local state=$1 inner
  [ -f "$state/init.pid" ] || return 1
  # init.pid holds the pid in the new PID namespace (1): find the host pid of that process
  pgrep -f "$SELF init $state\$" | while read -r p; do
    inner=$(awk '/^NSpid:/ { print $NF }' "/proc/$p/status" 2>/dev/null)
    [ "$inner" = 1 ] && echo "$p"
  done | head -1
}

firewalld_ctl() {
  local name=$1 state=$2 what=$3 pid i flag
  pid=$(init_pid "$state") || { echo "no firewalld init in $state" >&2; exit 2; }
  case "$what" in
    stop) flag=daemon.stopped; sig=USR1 ;;
    start) flag=daemon.started; sig=USR2 ;;
    *) echo "firewalld stop|start" >&2; exit 2 ;;
  esac
  rm -f "$state/$flag"
  kill -s "$sig" "$pid"
  for i in $(seq 1 300); do [ -f "$state/$flag" ] && return 0; sleep 0.1; done
  echo "firewalld did not $what in test host $name" >&2
  exit 1
}

srv() {
  local name=$1 state=$2
  shift 2
  name_ok "$name"
  [ -d "$state/etc" ] || { echo "no test host state in $state" >&2; exit 2; }
  if [ -f "$state/init.pid" ]; then
    local pid
    pid=$(init_pid "$state") || true
    [ -n "$pid" ] || { echo "the init of firewalld host $name is gone" >&2; exit 2; }
    exec nsenter -t "$pid" -m -n -p --wd="$PWD" -- "$@"
  fi
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
  init) init "$@" ;;
  firewalld) firewalld_ctl "$@" ;;
  *) echo "usage: $0 up|srv|cli|down|firewalld ..." >&2; exit 2 ;;
esac
