package bad;

import dev.portcullis.annotations.*;

/** A product without components. */
@Product(title = "Bad definition",
    id = "bad_def") // expect: no-components
@Zone(id = "lan", ipv4 = "10.0.0.0/8")
@Flow(id = "web", service = "HTTP", component = "node", peerZone = "lan", ports = 80) // expect: unknown-component
public class Def {}
