package bad;

import dev.portcullis.annotations.*;

/** An ICMP code on an SCTP flow. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "sig", service = "SIGTRAN", component = "node", peerComponent = "node", protocol = Protocol.SCTP, ports = 2905,
    icmpCode = 0) // expect: icmp-only
public class Def {}
