package bad;

import dev.portcullis.annotations.*;

/** An IPv6 address with :: twice. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Zone(id = "lan", ipv4 = "10.0.0.0/8",
    ipv6 = "fd00::1::/64") // expect: invalid-cidr
@Flow(id = "web", service = "HTTP", component = "node", peerZone = "lan", ports = 80)
public class Def {}
