package bad;

import dev.portcullis.annotations.*;

/** One component declared twice. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Component(id = "node", description = "again") // expect: duplicate-id
@Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80)
public class Def {}
