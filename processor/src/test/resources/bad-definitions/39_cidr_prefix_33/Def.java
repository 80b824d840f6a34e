package bad;

import dev.portcullis.annotations.*;

/** An IPv4 prefix of 33. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Zone(id = "lan",
    ipv4 = "10.0.0.0/33") // expect: invalid-cidr
@Flow(id = "web", service = "HTTP", component = "node", peerZone = "lan", ports = 80)
public class Def {}
