#!/usr/bin/env python3
"""Listens on the given ports of a test host, IPv4 and IPv6 at once: a TCP port accepts and
closes every connection, a UDP port answers every datagram with the same bytes.

    listener.py [--udp-on ADDRESS,...] tcp:5705 udp:13701 ...

A UDP answer leaves from the address the datagram came to only when the socket is bound to it:
on a namespace with several addresses (the client's near and far ones), --udp-on binds each UDP
port on each of those addresses instead of the wildcard, so the answer matches the asker's
connection tracking. Prints "ready" once every socket is bound; runs until killed."""
import resource
import selectors
import socket
import sys


def bind(proto, port, address="::"):
    kind = socket.SOCK_STREAM if proto == "tcp" else socket.SOCK_DGRAM
    family = socket.AF_INET if "." in address else socket.AF_INET6
    sock = socket.socket(family, kind)
    if family == socket.AF_INET6 and address == "::":
        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((address, port))
    if proto == "tcp":
        sock.listen(64)
    sock.setblocking(False)
    return sock


def main():
    args = sys.argv[1:]
    udp_on = ["::"]
    if args[:1] == ["--udp-on"]:
        udp_on = args[1].split(",")
        args = args[2:]
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = 64 + len(args) * len(udp_on)
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(wanted, hard), hard))
    selector = selectors.DefaultSelector()
    for arg in args:
        proto, _, port = arg.partition(":")
        for address in udp_on if proto == "udp" else ["::"]:
            selector.register(bind(proto, int(port), address), selectors.EVENT_READ, proto)
    print("ready", flush=True)
    while True:
        for key, _ in selector.select():
            sock = key.fileobj
            try:
                if key.data == "tcp":
                    conn, _ = sock.accept()
                    conn.close()
                else:
                    data, peer = sock.recvfrom(2048)
                    sock.sendto(data, peer)
            except OSError:
                pass


if __name__ == "__main__":
    main()
