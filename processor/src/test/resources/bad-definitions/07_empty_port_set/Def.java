package bad;

import dev.portcullis.annotations.*;

/** A TCP flow with no port at all. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(service = "HTTP", component = "node", peerComponent = "node",
    id = "web") // expect: empty-ports
public class Def {}
