package bad;

import dev.portcullis.annotations.*;

/** A peer zone never declared. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Zone(id = "clients", ipv4 = "10.0.0.0/8")
@Flow(id = "web", service = "HTTP", component = "node", ports = 80,
    peerZone = "client") // expect: unknown-zone
public class Def {}
