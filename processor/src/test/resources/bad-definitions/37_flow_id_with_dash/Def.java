package bad;

import dev.portcullis.annotations.*;

/** A flow id with a dash. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(service = "HTTP", component = "node", peerComponent = "node", ports = 80,
    id = "web-ui") // expect: invalid-id
public class Def {}
