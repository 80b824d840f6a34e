package bad;

import dev.portcullis.annotations.*;

/** A configurable port defaulting to 70000. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", portVariable = "web_port",
    ports = 70000) // expect: variable-default-range
public class Def {}
