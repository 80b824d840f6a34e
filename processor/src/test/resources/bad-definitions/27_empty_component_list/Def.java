package bad;

import dev.portcullis.annotations.*;

/** A flow attached to no component. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "web", service = "HTTP", peerComponent = "node", ports = 80,
    component = {}) // expect: unknown-component
public class Def {}
