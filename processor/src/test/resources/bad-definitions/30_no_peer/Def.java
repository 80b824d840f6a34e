package bad;

import dev.portcullis.annotations.*;

/** A flow without a peer. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(service = "HTTP", component = "node", ports = 80,
    id = "web") // expect: peer-missing
public class Def {}
