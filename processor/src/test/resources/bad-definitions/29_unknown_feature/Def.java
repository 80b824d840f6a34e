package bad;

import dev.portcullis.annotations.*;

/** A gating feature never declared. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Feature(id = "metrics")
@Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80,
    feature = "metric") // expect: unknown-feature
public class Def {}
