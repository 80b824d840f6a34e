package bad;

import dev.portcullis.annotations.*;

/** A flow with a component peer and a zone peer. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Zone(id = "lan", ipv4 = "10.0.0.0/8")
@Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80,
    peerZone = "lan") // expect: peer-both
public class Def {}
