package bad;

import dev.portcullis.annotations.*;

/** ICMP has types, not ports. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "ping", service = "Ping", component = "node", peerComponent = "node", protocol = Protocol.ICMP,
    ports = 7) // expect: icmp-ports
public class Def {}
