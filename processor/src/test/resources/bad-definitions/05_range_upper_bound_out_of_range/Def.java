package bad;

import dev.portcullis.annotations.*;

/** A range ending past 65535. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node",
    ranges = @Range(from = 60000,
        to = 70000)) // expect: port-range
public class Def {}
