package bad;

import dev.portcullis.annotations.*;

/** A feature id with a space. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Feature(id = "high availability") // expect: invalid-id
@Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80)
public class Def {}
