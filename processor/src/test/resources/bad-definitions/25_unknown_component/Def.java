package bad;

import dev.portcullis.annotations.*;

/** A flow on a component never declared (a typo). */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "web", service = "HTTP", peerComponent = "node", ports = 80,
    component = "nodes") // expect: unknown-component
public class Def {}
