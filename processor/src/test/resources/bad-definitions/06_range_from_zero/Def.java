package bad;

import dev.portcullis.annotations.*;

/** A range starting at 0. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node",
    ranges = @Range(to = 100,
        from = 0)) // expect: port-range
public class Def {}
