package bad;

import dev.portcullis.annotations.*;

/** Port 0 is no port. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 0) // expect: port-range
public class Def {}
