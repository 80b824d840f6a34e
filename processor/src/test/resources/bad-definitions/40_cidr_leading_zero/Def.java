package bad;

import dev.portcullis.annotations.*;

/** An octet with a leading zero (octal in some parsers). */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Zone(id = "lan",
    ipv4 = "010.0.0.0/8") // expect: invalid-cidr
@Flow(id = "web", service = "HTTP", component = "node", peerZone = "lan", ports = 80)
public class Def {}
