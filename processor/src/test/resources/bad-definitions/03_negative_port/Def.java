package bad;

import dev.portcullis.annotations.*;

/** A negative port. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node",
    ports = -1) // expect: port-range
public class Def {}
