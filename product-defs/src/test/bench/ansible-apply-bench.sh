#!/usr/bin/env bash
# Apply time of the generated BrickStor SP role (the largest seed product) with the iptables
# backend, against a naive role with one ansible.builtin.iptables task per port and family, both
# on the same kind of throw-away test host (issue 3; results in BENCHMARKS.md).
#
#   sudo bash product-defs/src/test/bench/ansible-apply-bench.sh [runs]      (default 5)
#
# Both roles open the same flows: every inbound flow of the appliance and witness components
# (their peers' networks set to the client's subnet, IPv4 and IPv6), SSH, replies, and the
# default incoming policy DROP. Each run makes a fresh test host (network namespaces pca-b1-s /
# pca-b1-c, a private copy of /etc; see product-defs/src/test/resources/ansible/testhost.sh),
# times a first apply and a second (no-op) apply of each role, and removes the host again.
# Reports the medians and the ratio naive / generated.
#
# Needs root, ansible-playbook (with community.general), iptables, ip, unshare and python3, and the
# generated roles: generated-examples/ansible (or ./mvnw -B install -DskipTests).
set -euo pipefail

runs=${1:-5}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../../../.." && pwd)
collections=$repo/generated-examples/ansible
roles=$collections/ansible_collections/portcullis/firewall/roles
model=$repo/generated-examples/model/brickstor_sp.json
testhost=$repo/product-defs/src/test/resources/ansible/testhost.sh
work=${BENCH_DIR:-$repo/product-defs/target/ansible-bench}
state=/tmp/pca-bench-b1
index=241
role=brickstor_sp_firewall   # the prefix of the role's variables
fqcn=portcullis.firewall.brickstor_sp

[[ $(id -u) == 0 ]] || { echo "run as root: the test host is a pair of network namespaces" >&2; exit 2; }
for tool in ansible-playbook iptables ip unshare python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 2; }
done
[[ -d $roles/brickstor_sp ]] || { echo "no $roles/brickstor_sp: build the project first" >&2; exit 2; }

rm -rf "$work" && mkdir -p "$work/roles"
cleanup() { bash "$testhost" down b1 "$state" >/dev/null 2>&1 || true; }
trap cleanup EXIT

client4=10.231.$index.0/24
client6=fd00:231:$index::/64

# Variables for the generated role: every zone and component peer is the client's subnet.
python3 - "$model" "$role" "$client4" "$client6" > "$work/generated-vars.json" <<'PY'
import json, sys
model, role, v4, v6 = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3], sys.argv[4]
out = {role + "_backend": "iptables"}
for kind, items in (("zone", model["zones"]), ("component", model["components"])):
    for item in items:
        out["%s_%s_%s_ipv4" % (role, kind, item["id"])] = [v4]
        out["%s_%s_%s_ipv6" % (role, kind, item["id"])] = [v6]
print(json.dumps(out, indent=1))
PY

# The naive role: what people write by hand, one ansible.builtin.iptables task per port (range)
# and family, straight into INPUT.
mkdir -p "$work/roles/naive_firewall/tasks"
python3 - "$model" "$client4" "$client6" > "$work/roles/naive_firewall/tasks/main.yml" <<'PY'
import json, sys
model, v4, v6 = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3]
tasks = []
def task(name, **args):
    tasks.append("- name: %s\n  ansible.builtin.iptables:\n%s" % (
        json.dumps(name), "".join("    %s: %s\n" % (k, json.dumps(v)) for k, v in args.items())))
for family, source in (("ipv4", v4), ("ipv6", v6)):
    task("Accept replies (%s)" % family, chain="INPUT", ctstate=["ESTABLISHED", "RELATED"],
         jump="ACCEPT", ip_version=family)
    task("Accept loopback (%s)" % family, chain="INPUT", in_interface="lo", jump="ACCEPT", ip_version=family)
    task("Accept SSH (%s)" % family, chain="INPUT", protocol="tcp", destination_port="22",
         jump="ACCEPT", ip_version=family)
    for flow in model["flows"]:
        if flow["direction"] == "outbound":
            continue
        for transport in flow["transports"]:
            if transport not in ("tcp", "udp"):
                continue
            ranges = flow["ports"]
            if flow.get("instances"):
                base = flow["instances"]["base"]
                ranges = [{"from": base + 1, "to": base + flow["instances"]["defaultCount"]}]
            for r in ranges:
                port = str(r["from"]) if r["from"] == r["to"] else "%d:%d" % (r["from"], r["to"])
                task("Accept %s %s/%s (%s)" % (flow["id"], port, transport, family), chain="INPUT",
                     protocol=transport, source=source, destination_port=port, jump="ACCEPT",
                     comment="naive " + flow["id"], ip_version=family)
    task("Drop the rest (%s)" % family, chain="INPUT", policy="DROP", ip_version=family)
print("---\n" + "\n".join(tasks), end="")
PY
naive_tasks=$(grep -c 'ansible.builtin.iptables:' "$work/roles/naive_firewall/tasks/main.yml")

cat > "$work/site.yml" <<'YML'
---
- name: Apply the role under test
  hosts: all
  gather_facts: false
  roles:
    - role: "{{ pca_role }}"
YML

export ANSIBLE_NOCOLOR=1 ANSIBLE_RETRY_FILES_ENABLED=false ANSIBLE_PYTHON_INTERPRETER=/usr/bin/python3
printf 'role\trun\tfirst_s\tsecond_s\trules_v4\trules_v6\n' > "$work/runs.tsv"

# apply <role> <vars file> <log>: one ansible-playbook run in the server namespace; prints seconds
apply() {
  local start end
  start=$(date +%s.%N)
  bash "$testhost" srv b1 "$state" env ANSIBLE_COLLECTIONS_PATH="$collections" ANSIBLE_ROLES_PATH="$work/roles" \
    ANSIBLE_LOCAL_TEMP="$state/tmp" ANSIBLE_ASYNC_DIR="$state/async" \
    ansible-playbook -i localhost, -c local -e "pca_role=$1" -e "@$2" "$work/site.yml" > "$3" 2>&1 || {
      echo "ansible-playbook failed for $1: see $3" >&2; tail -30 "$3" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f\n", b - a }'
}

echo '{}' > "$work/naive-vars.json"
for run in $(seq 1 "$runs"); do
  for which in generated naive; do
    name=$fqcn vars=$work/generated-vars.json
    [[ $which == naive ]] && name=naive_firewall vars=$work/naive-vars.json
    bash "$testhost" up b1 "$index" "$state" > /dev/null
    mkdir -p "$state/tmp" "$state/async"
    first=$(apply "$name" "$vars" "$work/$which-$run-first.log")
    second=$(apply "$name" "$vars" "$work/$which-$run-second.log")
    grep -q 'changed=0 ' "$work/$which-$run-second.log" || echo "warning: the second run of $which changed something" >&2
    r4=$(bash "$testhost" srv b1 "$state" iptables -S | grep -c '^-A' || true)
    r6=$(bash "$testhost" srv b1 "$state" ip6tables -S | grep -c '^-A' || true)
    bash "$testhost" down b1 "$state" > /dev/null
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$which" "$run" "$first" "$second" "$r4" "$r6" | tee -a "$work/runs.tsv"
  done
done

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { awk -F'\t' -v w="$1" -v c="$2" '$1 == w { print $c }' "$work/runs.tsv" | median; }
g1=$(col generated 3) g2=$(col generated 4) n1=$(col naive 3) n2=$(col naive 4)
{
  echo "| role | tasks applying rules | iptables rules (v4 / v6) | first apply, median s | second apply (no change), median s |"
  echo "|---|---|---|---|---|"
  echo "| generated $role (iptables backend) | 1 restore per family | $(col generated 5) / $(col generated 6) | $g1 | $g2 |"
  echo "| naive, one ansible.builtin.iptables task per port | $naive_tasks | $(col naive 5) / $(col naive 6) | $n1 | $n2 |"
  echo
  echo "naive / generated: first apply $(awk -v a="$n1" -v b="$g1" 'BEGIN { printf "%.1f", a / b }')x, second apply $(awk -v a="$n2" -v b="$g2" 'BEGIN { printf "%.1f", a / b }')x ($runs runs each, load average $(cut -d' ' -f1-3 /proc/loadavg))"
} | tee "$work/results.md"
