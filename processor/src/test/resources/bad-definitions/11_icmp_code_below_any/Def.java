package bad;

import dev.portcullis.annotations.*;

/** ICMP code -2 (only -1 means any). */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "ping", service = "Ping", component = "node", peerComponent = "node", protocol = Protocol.ICMP, icmpType = 3,
    icmpCode = -2) // expect: icmp-type-range
public class Def {}
