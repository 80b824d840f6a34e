package bad;

import dev.portcullis.annotations.*;

/** An IPv6 CIDR in the IPv4 list. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Zone(id = "lan",
    ipv4 = "fd00::/8") // expect: invalid-cidr
@Flow(id = "web", service = "HTTP", component = "node", peerZone = "lan", ports = 80)
public class Def {}
