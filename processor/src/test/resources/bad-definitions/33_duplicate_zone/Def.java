package bad;

import dev.portcullis.annotations.*;

/** One zone declared twice. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Zone(id = "lan", ipv4 = "10.0.0.0/8")
@Zone(id = "lan", ipv4 = "192.168.0.0/16") // expect: duplicate-id
@Flow(id = "web", service = "HTTP", component = "node", peerZone = "lan", ports = 80)
public class Def {}
