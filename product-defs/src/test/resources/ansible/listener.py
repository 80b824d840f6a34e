#!/usr/bin/env python3
"""Listens on the given ports of a test host, IPv4 and IPv6 at once: a TCP port accepts and
closes every connection, a UDP port answers every datagram with the same bytes.

    listener.py tcp:5705 udp:13701 ...

Prints "ready" once every socket is bound; runs until killed."""
import selectors
import socket
import sys


def bind(proto, port):
    kind = socket.SOCK_STREAM if proto == "tcp" else socket.SOCK_DGRAM
    sock = socket.socket(socket.AF_INET6, kind)
    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("::", port))
    if proto == "tcp":
        sock.listen(64)
    sock.setblocking(False)
    return sock


def main():
    selector = selectors.DefaultSelector()
    for arg in sys.argv[1:]:
        proto, _, port = arg.partition(":")
        selector.register(bind(proto, int(port)), selectors.EVENT_READ, proto)
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
