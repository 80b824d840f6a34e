package bad;

import dev.portcullis.annotations.*;

/** A configurable port on a range. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ranges = @Range(from = 80, to = 81),
    portVariable = "web_port") // expect: variable-single-port
public class Def {}
