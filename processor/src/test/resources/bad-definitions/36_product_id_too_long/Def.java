package bad;

import dev.portcullis.annotations.*;

/** A product id longer than 20 characters. */
@Product(title = "Bad definition",
    id = "bad_definition_with_long_id") // expect: invalid-id
@Component(id = "node")
@Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80)
public class Def {}
