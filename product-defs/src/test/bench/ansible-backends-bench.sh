#!/usr/bin/env bash
# Apply time of the generated BrickStor SP role (the largest seed product) with each backend
# (iptables, nftables, firewalld, ufw) against the floor: a playbook with the same fact gathering
# and ONE task that loads the same final rules with a single restore (iptables-restore and
# ip6tables-restore / nft -f / ufw's rules files then ufw enable / firewalld's policy files then
# firewall-cmd --reload). Issue 13; results in BENCHMARKS.md.
#
#   sudo bash product-defs/src/test/bench/ansible-backends-bench.sh [runs] [backends...]
#                                         (default 3 runs; iptables nftables firewalld ufw)
#
# For each backend and run: a fresh test host (namespaces pca-bb1-s / pca-bb1-c, a private /etc;
# for firewalld a real daemon on a private bus, see product-defs/src/test/resources/ansible/
# testhost.sh) applies the generated role once (first apply, every peer set to the client's
# subnet); its final rules are saved; a second fresh host applies the floor with those rules and
# the two final states are compared (a floor that loads other rules would not be a floor).
# Prints the medians and the ratio generated / floor per backend.
#
# Needs root, ansible-playbook (community.general), iptables, nft, ufw, firewalld, dbus-daemon,
# ip, unshare, nsenter and python3, and the generated collection (COLLECTIONS, the directory that
# holds ansible_collections/: default product-defs/target/portcullis-output/ansible, else
# generated-examples/ansible; MODEL the product's model JSON, default beside it).
set -euo pipefail

runs=${1:-3}
shift || true
backends=${*:-iptables nftables firewalld ufw}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../../../.." && pwd)
collections=${COLLECTIONS:-$repo/product-defs/target/portcullis-output/ansible}
[[ -d $collections/ansible_collections ]] || collections=$repo/generated-examples/ansible
model=${MODEL:-$collections/../model/brickstor_sp.json}
testhost=$repo/product-defs/src/test/resources/ansible/testhost.sh
work=${BENCH_DIR:-$repo/product-defs/target/ansible-backends-bench}
state=/tmp/pca-bench-bb1
name=bb1
index=242
role=brickstor_sp_firewall   # the prefix of the role's variables
fqcn=portcullis.firewall.brickstor_sp
product=brickstor_sp

[[ $(id -u) == 0 ]] || { echo "run as root: the test host is a pair of network namespaces" >&2; exit 2; }
for tool in ansible-playbook iptables nft ufw firewalld dbus-daemon ip unshare nsenter python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 2; }
done
roles=$collections/ansible_collections/portcullis/firewall/roles
[[ -d $roles/$product ]] || { echo "no $roles/$product: build the project first" >&2; exit 2; }

rm -rf "$work" && mkdir -p "$work"
cleanup() { bash "$testhost" down "$name" "$state" >/dev/null 2>&1 || true; }
trap cleanup EXIT

# Every zone and component peer is the client's subnet.
python3 - "$model" "$role" "10.231.$index.0/24" "fd00:231:$index::/64" > "$work/vars.json" <<'PY'
import json, sys
model, role, v4, v6 = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3], sys.argv[4]
out = {}
for kind, items in (("zone", model["zones"]), ("component", model["components"])):
    for item in items:
        out["%s_%s_%s_ipv4" % (role, kind, item["id"])] = [v4]
        out["%s_%s_%s_ipv6" % (role, kind, item["id"])] = [v6]
print(json.dumps(out, indent=1))
PY

cat > "$work/site.yml" <<'YML'
---
- name: Apply the role under test
  hosts: all
  gather_facts: false
  roles:
    - role: "{{ pca_role }}"
YML

# The floor: the role's own fact gathering, then one task that loads the saved final rules.
cat > "$work/floor.yml" <<'YML'
---
- name: Load the final rules with one restore
  hosts: all
  gather_facts: false
  tasks:
    - name: Gather the network facts, as the role does
      ansible.builtin.setup:
        gather_subset: ["!all", "!min", "network", "env"]
    - name: Load the final rules
      ansible.builtin.shell: "{{ floor_command }}"
      changed_when: true
YML

# The one restore of each backend, from the files in $1 (the saved final state).
floor_command() {
  local dir=$1
  case "$2" in
    iptables) echo "iptables-restore $dir/rules.v4 && ip6tables-restore $dir/rules.v6" ;;
    nftables) echo "nft -f $dir/table.nft" ;;
    ufw) echo "cp $dir/user.rules $dir/user6.rules /etc/ufw/ && cp $dir/default-ufw /etc/default/ufw && ufw --force enable" ;;
    firewalld) echo "cp $dir/*.xml /etc/firewalld/policies/ && firewall-cmd --reload" ;;
  esac
}

# save <backend> <dir>: the final rules of the role's run, as the floor loads them
save() {
  local dir=$2
  mkdir -p "$dir"
  case "$1" in
    iptables)
      srv iptables-save > "$dir/rules.v4"
      srv ip6tables-save > "$dir/rules.v6" ;;
    nftables)
      { echo "table inet portcullis_$product"; echo "delete table inet portcullis_$product"
        srv nft list table inet "portcullis_$product"; } > "$dir/table.nft" ;;
    ufw)
      srv cat /etc/ufw/user.rules > "$dir/user.rules"
      srv cat /etc/ufw/user6.rules > "$dir/user6.rules"
      srv cat /etc/default/ufw > "$dir/default-ufw" ;;
    firewalld)
      for p in $(srv sh -c 'cd /etc/firewalld/policies && ls pc-*.xml'); do
        srv cat "/etc/firewalld/policies/$p" > "$dir/$p"
      done ;;
  esac
}

# what a backend's final state is, to compare the role's and the floor's
final_state() {
  case "$1" in
    iptables) srv sh -c 'iptables-save; ip6tables-save' | grep -v '^#' | sed 's/\[[0-9]*:[0-9]*\]$//' ;;
    nftables) srv nft -s list table inet "portcullis_$product" ;;
    ufw) srv ufw status verbose ;;
    firewalld) srv sh -c 'for p in $(firewall-cmd --get-policies); do firewall-cmd --info-policy=$p; done' ;;
  esac
}

srv() { bash "$testhost" srv "$name" "$state" "$@"; }

# apply <playbook> <log> <ansible-playbook args...>: one run in the server; prints seconds
apply() {
  local playbook=$1 log=$2 start end
  shift 2
  mkdir -p "$state/tmp" "$state/async"
  start=$(date +%s.%N)
  srv env ANSIBLE_COLLECTIONS_PATH="$collections" ANSIBLE_NOCOLOR=1 ANSIBLE_RETRY_FILES_ENABLED=false \
    ANSIBLE_PYTHON_INTERPRETER=/usr/bin/python3 ANSIBLE_LOCAL_TEMP="$state/tmp" ANSIBLE_ASYNC_DIR="$state/async" \
    ansible-playbook -i localhost, -c local "$@" "$playbook" > "$log" 2>&1 || {
      echo "ansible-playbook failed: see $log" >&2; tail -30 "$log" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f\n", b - a }'
}

fresh() {
  bash "$testhost" down "$name" "$state" > /dev/null 2>&1 || true
  bash "$testhost" up "$name" "$index" "$state" $([[ $1 == firewalld ]] && echo firewalld) > /dev/null
}

printf 'backend\trun\trole_s\tfloor_s\n' > "$work/runs.tsv"
for backend in $backends; do
  for run in $(seq 1 "$runs"); do
    fresh "$backend"
    role_s=$(apply "$work/site.yml" "$work/$backend-$run-role.log" -e "pca_role=$fqcn" -e "@$work/vars.json" \
      -e "${role}_backend=$backend")
    save "$backend" "$work/$backend-final"
    final_state "$backend" > "$work/$backend-$run-role.state"
    fresh "$backend"
    cp -r "$work/$backend-final" "$state/floor"
    floor_s=$(apply "$work/floor.yml" "$work/$backend-$run-floor.log" \
      -e "{\"floor_command\": \"$(floor_command "$state/floor" "$backend")\"}")
    final_state "$backend" > "$work/$backend-$run-floor.state"
    cmp -s "$work/$backend-$run-role.state" "$work/$backend-$run-floor.state" ||
      echo "warning: $backend run $run: the floor's final state differs from the role's" >&2
    printf '%s\t%s\t%s\t%s\n' "$backend" "$run" "$role_s" "$floor_s" | tee -a "$work/runs.tsv"
  done
done
bash "$testhost" down "$name" "$state" > /dev/null 2>&1 || true

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { awk -F'\t' -v b="$1" -v c="$2" '$1 == b { print $c }' "$work/runs.tsv" | median; }
{
  echo "| backend | generated role, first apply, median s | floor (facts + one restore), median s | role / floor |"
  echo "|---|---|---|---|"
  for backend in $backends; do
    r=$(col "$backend" 3) f=$(col "$backend" 4)
    echo "| $backend | $r | $f | $(awk -v a="$r" -v b="$f" 'BEGIN { printf "%.2f", a / b }')x |"
  done
  echo
  echo "$runs runs each; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
} | tee "$work/results.md"
