package bad;

import dev.portcullis.annotations.*;

/** An ICMP type on a UDP flow. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "dns", service = "DNS", component = "node", peerComponent = "node", protocol = Protocol.UDP, ports = 53,
    icmpType = 8) // expect: icmp-only
public class Def {}
