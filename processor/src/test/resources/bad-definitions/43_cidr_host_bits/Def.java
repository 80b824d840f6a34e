package bad;

import dev.portcullis.annotations.*;

/** A host address given as a network. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Zone(id = "lan",
    ipv4 = {"10.0.0.0/8", "192.168.1.10/24"}) // expect: cidr-host-bits
@Flow(id = "web", service = "HTTP", component = "node", peerZone = "lan", ports = 80)
public class Def {}
