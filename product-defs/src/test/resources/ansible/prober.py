#!/usr/bin/env python3
"""Probes a test host: reads a JSON list of probes on stdin, each
{"id", "proto": "tcp"|"udp"|"icmp", "host", "port", "source" (optional)}, runs them all at once
and prints a JSON object id -> true (the other end answered) or false (nothing came back in
time). Runs in the client namespace for inbound probes (from either of the client's addresses,
"source") and in the server namespace for outbound ones.

    prober.py [timeout seconds]

TCP: the connection is established. UDP: the listener's echo comes back. ICMP: an echo reply
comes back (raw sockets, so the prober runs as root)."""
import json
import os
import socket
import struct
import sys
import threading
import time

TIMEOUT = float(sys.argv[1]) if len(sys.argv) > 1 else 1.5


def family(host):
    return socket.AF_INET6 if ":" in host else socket.AF_INET


def bind(sock, source):
    if source:
        sock.bind((source, 0))


def tcp(host, port, source):
    with socket.socket(family(host), socket.SOCK_STREAM) as sock:
        sock.settimeout(TIMEOUT)
        try:
            bind(sock, source)
            sock.connect((host, port))
            return True
        except OSError:
            return False


def udp(host, port, source):
    with socket.socket(family(host), socket.SOCK_DGRAM) as sock:
        sock.settimeout(TIMEOUT)
        payload = os.urandom(8)
        try:
            bind(sock, source)
            sock.sendto(payload, (host, port))
            deadline = time.monotonic() + TIMEOUT
            while time.monotonic() < deadline:
                data, _ = sock.recvfrom(2048)
                if data == payload:
                    return True
        except OSError:
            return False
    return False


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    total = (total >> 16) + (total & 0xFFFF)
    total += total >> 16
    return ~total & 0xFFFF


def icmp(host, ident, source):
    v6 = ":" in host
    proto = socket.IPPROTO_ICMPV6 if v6 else socket.IPPROTO_ICMP
    request, reply = (128, 129) if v6 else (8, 0)
    with socket.socket(family(host), socket.SOCK_RAW, proto) as sock:
        sock.settimeout(TIMEOUT)
        header = struct.pack("!BBHHH", request, 0, 0, ident, 1)
        body = b"portcullis"
        packet = header + body
        if not v6:  # the kernel computes the ICMPv6 checksum itself
            packet = struct.pack("!BBHHH", request, 0, checksum(packet), ident, 1) + body
        try:
            bind(sock, source)
            sock.sendto(packet, (host, 0))
            deadline = time.monotonic() + TIMEOUT
            while time.monotonic() < deadline:
                data, _ = sock.recvfrom(2048)
                if not v6:
                    data = data[(data[0] & 0x0F) * 4:]  # skip the IPv4 header
                kind, _, _, got_ident, _ = struct.unpack("!BBHHH", data[:8])
                if kind == reply and got_ident == ident:
                    return True
        except OSError:
            return False
    return False


def main():
    probes = json.load(sys.stdin)
    results = {}

    def run(index, probe):
        source = probe.get("source")
        if probe["proto"] == "tcp":
            ok = tcp(probe["host"], probe["port"], source)
        elif probe["proto"] == "udp":
            ok = udp(probe["host"], probe["port"], source)
        else:
            ok = icmp(probe["host"], (os.getpid() * 7 + index) & 0xFFFF, source)
        results[probe["id"]] = ok

    threads = [threading.Thread(target=run, args=(i, p)) for i, p in enumerate(probes)]
    # closed ports take the whole timeout: run many at once (each thread mostly waits)
    for start in range(0, len(threads), 256):
        batch = threads[start:start + 256]
        for t in batch:
            t.start()
        for t in batch:
            t.join()
    json.dump(results, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main()
