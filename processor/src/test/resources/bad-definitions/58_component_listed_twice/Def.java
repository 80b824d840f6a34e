package bad;

import dev.portcullis.annotations.*;

/** One component listed twice in a flow. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "web", service = "HTTP", peerComponent = "node", ports = 80,
    component = {"node",
        "node"}) // expect: component-repeated
public class Def {}
