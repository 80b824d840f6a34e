package bad;

import dev.portcullis.annotations.*;

/** ICMP types stop at 255. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "ping", service = "Ping", component = "node", peerComponent = "node", protocol = Protocol.ICMP,
    icmpType = 256) // expect: icmp-type-range
public class Def {}
