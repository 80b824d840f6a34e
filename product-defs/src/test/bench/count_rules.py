#!/usr/bin/env python3
"""Counts the firewall rules each target emitted against the fewest possible (benchmark, run.sh).

usage: /usr/bin/python3 count_rules.py <output directory>   (a Python with ansible: the role plugins import it)

For each target the emitted rules are read back from the generated files. The fewest possible is
computed from the same rules: rules that differ only in their ports (same host or group, direction,
peer, protocol and feature gate) are pooled, adjacent and overlapping ports are merged into
contiguous ranges, and the ranges are packed as tightly as the target's own limits allow:

- ufw: one rule per up to 15 ports, a range counting 2 (man ufw);
- iptables: one multiport rule per up to 15 ports, a range counting 2;
- AWS security groups (Terraform): one rule per contiguous range, protocol and peer (CIDR,
  prefix list or group);
- Kubernetes NetworkPolicy: one ports entry per contiguous range and protocol in each rule whose
  peers are the same.

A port that a variable moves (a Terraform var.*) cannot be merged and counts one on both sides.

The Ansible role computes its rules when it is applied (the `plan` filter of its filter plugin, from
the flow table of vars/main.yml and the variables of defaults/main.yml), so its rules are counted by
importing that plugin and calling `plan` the way vars/main.yml does, with the variables at their
defaults except: every feature on, outgoing traffic denied (so the outbound flows get their rules
as in the other targets), zones without default networks given a sample network, and the peers
that are components (the host's own subnets, from its facts) given 10.0.0.0/24 and fd00::/64.
Variables (ports, protocols, instances) are known at that point, so every port merges. Both
backends are counted: the ufw rules, and the lines of the role's iptables chains (IPv4 and IPv6).
Base rules (loopback, replies, SSH, DHCP, IPv6 neighbour discovery) and ICMP rules count one on
both sides. The model JSON gives the number of products and flows. Prints one
tab-separated line per target: target, products, emitted, minimum, emitted/minimum.
"""
import importlib.util
import json
import os
import re
import sys
from collections import defaultdict

import yaml

try:
    LOADER = yaml.CSafeLoader
except AttributeError:  # PyYAML without libyaml
    LOADER = yaml.SafeLoader


# ---------------------------------------------------------------- packing


def merge(ranges):
    """Contiguous (from, to) ranges covering the same ports as `ranges`."""
    merged = []
    for lo, hi in sorted(ranges):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return [tuple(r) for r in merged]


def pack_slots(ranges, slots=15):
    """Rules needed when one rule holds `slots` port slots, a single port taking 1 and a range 2.

    First-fit decreasing over items of size 1 or 2 is optimal: ceil(total / slots), except that a
    rule with one free slot cannot take a range (only when every item is a range and slots is odd).
    """
    if not ranges:
        return 0
    singles = sum(1 for lo, hi in ranges if lo == hi)
    pairs = len(ranges) - singles
    per_rule_pairs = slots // 2
    rules_for_pairs = -(-pairs // per_rule_pairs) if pairs else 0
    free = rules_for_pairs * slots - pairs * 2
    rest = max(0, singles - free)
    return rules_for_pairs + -(-rest // slots)


# ---------------------------------------------------------------- Kubernetes


def kubernetes(root):
    emitted = 0
    groups = defaultdict(lambda: defaultdict(list))  # (file, policy, dir, peers) -> protocol -> ranges
    unmergeable = 0
    base = os.path.join(root, "kubernetes")
    for dirpath, _, files in os.walk(base):
        for name in files:
            if not name.endswith((".yaml", ".yml")) or name == "kustomization.yaml":
                continue
            path = os.path.join(dirpath, name)
            with open(path, encoding="utf-8") as f:
                docs = list(yaml.load_all(f, Loader=LOADER))
            for doc in docs:
                if not isinstance(doc, dict) or doc.get("kind") != "NetworkPolicy":
                    continue
                spec = doc.get("spec") or {}
                for direction, peer_key in (("ingress", "from"), ("egress", "to")):
                    for rule in spec.get(direction) or []:
                        ports = rule.get("ports")
                        peers = json.dumps(rule.get(peer_key), sort_keys=True)
                        key = (path, doc["metadata"]["name"], direction, peers)
                        if not ports:
                            emitted += 1
                            unmergeable += 1
                            continue
                        for entry in ports:
                            emitted += 1
                            port = entry.get("port")
                            protocol = entry.get("protocol", "TCP")
                            if isinstance(port, int):
                                groups[key][protocol].append((port, entry.get("endPort", port)))
                            else:
                                unmergeable += 1  # a named port, or every port of a protocol
    minimum = unmergeable + sum(len(merge(r)) for g in groups.values() for r in g.values())
    return emitted, minimum


# ---------------------------------------------------------------- Terraform (AWS)

ROW = re.compile(r"^    \{ (.*) \},?$")
PAIR = re.compile(r'(\w+) = ("(?:[^"\\]|\\.)*"|[^,]+?)(?:, |$)')
VARIABLE = re.compile(r'^variable "(\w+)" \{$')
DEFAULT = re.compile(r"^  default\s+= (.*)$")


def hcl_defaults(path):
    defaults = {}
    name = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = VARIABLE.match(line)
            if m:
                name = m.group(1)
                continue
            m = DEFAULT.match(line)
            if m and name:
                try:
                    defaults[name] = json.loads(m.group(1))
                except ValueError:
                    defaults[name] = m.group(1)
    return defaults


def zone_peers(zone, family, defaults):
    """The addresses a zone's rule expands to at the variables' defaults (CIDRs, prefix lists)."""
    peers = []
    if family in ("all", "ipv4"):
        peers += defaults.get(zone + "_ipv4_cidrs", []) or []
    if family in ("all", "ipv6"):
        peers += defaults.get(zone + "_ipv6_cidrs", []) or []
    peers += defaults.get(zone + "_prefix_list_ids", []) or []
    return peers


def terraform(root):
    """Rows of rules.tf (one per planned rule) expanded over their peers at the defaults, as
    main.tf does: a zone's rule once per CIDR and prefix list, a component peer once (its group)."""
    emitted = 0
    unmergeable = 0
    groups = defaultdict(list)
    base = os.path.join(root, "terraform", "aws")
    if not os.path.isdir(base):
        return None
    for module in sorted(os.listdir(base)):
        defaults = hcl_defaults(os.path.join(base, module, "variables.tf"))
        with open(os.path.join(base, module, "rules.tf"), encoding="utf-8") as f:
            for line in f:
                m = ROW.match(line.rstrip("\n"))
                if not m or "direction = " not in m.group(1):
                    continue
                fields = dict(PAIR.findall(m.group(1)))
                zone = fields.get("zone", "null").strip('"')
                if zone != "null":
                    peers = zone_peers(zone, fields.get("family", '"all"').strip('"'), defaults)
                else:
                    peers = ["group:" + fields["peer_component"].strip('"')]
                # every feature counted as on: the gate (enabled) keeps the rule's own group
                key = (module, fields["component"], fields["direction"], fields["protocol"], fields.get("enabled"))
                lo, hi = fields.get("from_port", ""), fields.get("to_port", "")
                for peer in peers:
                    emitted += 1
                    if fields["protocol"] in ('"tcp"', '"udp"') and lo.isdigit() and hi.isdigit():
                        groups[key + (peer,)].append((int(lo), int(hi)))
                    else:
                        unmergeable += 1  # ICMP, all traffic, a variable port or protocol
    minimum = unmergeable + sum(len(merge(r)) for r in groups.values())
    return emitted, minimum


# ---------------------------------------------------------------- Ansible (ufw and iptables)

SAMPLE_NETWORKS = {"ipv4": ["10.0.0.0/24"], "ipv6": ["fd00::/64"]}
EXPRESSION = re.compile(r"^\{\{\s*(\w+)\s*\}\}$")


class RoleLoader(LOADER):
    """YAML as Ansible reads the role: `!unsafe` marks a plain string."""


RoleLoader.add_constructor("!unsafe", lambda loader, node: loader.construct_scalar(node))


def role_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=RoleLoader)


def resolve(value, variables):
    """`value` with every "{{ name }}" (the only expressions the flow table holds) replaced."""
    if isinstance(value, str):
        m = EXPRESSION.match(value.strip())
        return resolve(variables[m.group(1)], variables) if m else value
    if isinstance(value, list):
        return [resolve(v, variables) for v in value]
    if isinstance(value, dict):
        return {k: resolve(v, variables) for k, v in value.items()}
    return value


def role_plan(role_dir, role):
    """What the role's plan filter emits for a host that is every component, at the benchmark's settings."""
    variables = dict(role_yaml(os.path.join(role_dir, "defaults", "main.yml")))
    for name, value in list(variables.items()):
        suffix = name[len(role) + 1:]
        family = name[-4:]
        if suffix.startswith("feature_"):
            variables[name] = True
        elif suffix.startswith("component_") and family in SAMPLE_NETWORKS:
            variables[name] = SAMPLE_NETWORKS[family]  # instead of the host's subnets from its facts
        elif suffix.startswith("zone_") and family in SAMPLE_NETWORKS and not value:
            variables[name] = SAMPLE_NETWORKS[family]  # a zone without default networks
    variables[role + "_default_outgoing_deny"] = True
    internal = role_yaml(os.path.join(role_dir, "vars", "main.yml"))
    settings = dict(internal[role + "__settings"])
    settings["controller"] = {}  # the benchmark runs no controller connection
    settings = resolve(settings, variables)
    rules = resolve(internal[role + "__rules"], variables)
    addresses = resolve(internal[role + "__addresses"], variables)
    values = resolve(internal[role + "__variables"], variables)
    # the collection's one plugin: <collection>/plugins/filter/plan.py, beside roles/
    plugin_path = os.path.join(os.path.dirname(os.path.dirname(role_dir)), "plugins", "filter", "plan.py")
    spec = importlib.util.spec_from_file_location("bench_" + role, plugin_path)
    plugin = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(plugin)
    return plugin.plan(rules, addresses, values, settings)


def port_ranges(text):
    ranges = []
    for part in text.split(","):
        lo, _, hi = part.partition(":")
        ranges.append((int(lo), int(hi or lo)))
    return ranges


IPTABLES_PORTS = re.compile(r"^(-A \S+ (?:-[sd] \S+ )?-p (?:tcp|udp|sctp) )(?:--dport (\S+)|-m multiport --dports (\S+)) ")


def ansible(root):
    """(ufw emitted, ufw minimum), (iptables emitted, iptables minimum) over every role."""
    # the collection of the build: ansible/ansible_collections/<namespace>/<name>/roles/<product>
    base = os.path.join(root, "ansible", "ansible_collections", "portcullis", "firewall", "roles")
    if not os.path.isdir(base):
        return None
    ufw_emitted = ufw_single = ipt_emitted = 0
    ipt_single = set()
    ufw_groups = defaultdict(list)
    ipt_groups = defaultdict(list)
    for name in sorted(os.listdir(base)):
        role = name + "_firewall"  # the prefix of the role's variables
        plan = role_plan(os.path.join(base, name), role)
        for rule in plan["ufw"]:
            ufw_emitted += 1
            if rule["comment"].endswith(" ssh"):
                ufw_single += 1
                continue
            key = (role, rule["direction"], rule["proto"], rule["from_ip"], rule["to_ip"])
            ufw_groups[key].extend(port_ranges(rule["to_port"]))
        for family, lines in plan["iptables"].items():
            for line in lines:
                ipt_emitted += 1
                m = IPTABLES_PORTS.match(line)
                if m and not line.endswith(' ssh" -j ACCEPT'):
                    ipt_groups[(role, family, m.group(1))].extend(port_ranges(m.group(2) or m.group(3)))
                else:
                    # a base rule or ICMP: the same match twice (for two flows) is one rule at least
                    ipt_single.add((role, family, re.sub(r' -m comment --comment "[^"]*"', "", line)))
    ufw_minimum = ufw_single + sum(pack_slots(merge(r)) for r in ufw_groups.values())
    ipt_minimum = len(ipt_single) + sum(pack_slots(merge(r)) for r in ipt_groups.values())
    return (ufw_emitted, ufw_minimum), (ipt_emitted, ipt_minimum)


# ---------------------------------------------------------------- main


def products_and_flows(root):
    base = os.path.join(root, "model")
    products = flows = 0
    for name in os.listdir(base):
        with open(os.path.join(base, name), encoding="utf-8") as f:
            model = json.load(f)
        products += 1
        flows += len(model["flows"])
    return products, flows


def main():
    root = sys.argv[1]
    products, flows = products_and_flows(root)
    print("target\tproducts\tflows\temitted\tminimum\tratio")
    sys.dont_write_bytecode = True  # the roles' filter plugins are imported from a read-only tree
    results = ansible(root) or (None, None)
    rows = [("ansible (ufw)", results[0]), ("ansible (iptables)", results[1]),
            ("terraform (AWS)", terraform(root)),
            ("kubernetes", kubernetes(root) if os.path.isdir(os.path.join(root, "kubernetes")) else None)]
    for name, result in rows:
        if result is None:
            print(f"{name}\t{products}\t{flows}\tnot generated\t-\t-")
            continue
        emitted, minimum = result
        ratio = emitted / minimum if minimum else float("nan")
        print(f"{name}\t{products}\t{flows}\t{emitted}\t{minimum}\t{ratio:.2f}")


if __name__ == "__main__":
    main()
