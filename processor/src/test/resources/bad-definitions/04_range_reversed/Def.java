package bad;

import dev.portcullis.annotations.*;

/** A range written high to low. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node",
    ranges = @Range(from = 9100,
        to = 9000)) // expect: range-reversed
public class Def {}
