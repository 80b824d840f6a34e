package bad;

import dev.portcullis.annotations.*;

/** A peer component never declared. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "web", service = "HTTP", component = "node", ports = 80,
    peerComponent = "agent") // expect: unknown-component
public class Def {}
