#!/usr/bin/env python3
"""Probes a test host from the client: reads a JSON list of probes on stdin, each
{"id", "proto": "tcp"|"udp"|"icmp", "host", "port"}, runs them all at once and prints a JSON
object id -> true (the server answered) or false (nothing came back in time).

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


def tcp(host, port):
    with socket.socket(family(host), socket.SOCK_STREAM) as sock:
        sock.settimeout(TIMEOUT)
        try:
            sock.connect((host, port))
            return True
        except OSError:
            return False


def udp(host, port):
    with socket.socket(family(host), socket.SOCK_DGRAM) as sock:
        sock.settimeout(TIMEOUT)
        payload = os.urandom(8)
        try:
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


def icmp(host, ident):
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
        if probe["proto"] == "tcp":
            ok = tcp(probe["host"], probe["port"])
        elif probe["proto"] == "udp":
            ok = udp(probe["host"], probe["port"])
        else:
            ok = icmp(probe["host"], (os.getpid() + index) & 0xFFFF)
        results[probe["id"]] = ok

    threads = [threading.Thread(target=run, args=(i, p)) for i, p in enumerate(probes)]
    for start in range(0, len(threads), 64):
        batch = threads[start:start + 64]
        for t in batch:
            t.start()
        for t in batch:
            t.join()
    json.dump(results, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main()
