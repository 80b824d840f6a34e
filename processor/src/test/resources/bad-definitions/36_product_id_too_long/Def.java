package bad;

import dev.portcullis.annotations.*;

/** A product id longer than 32 characters. */
@Product(title = "Bad definition",
    id = "bad_definition_with_an_id_of_37_chars") // expect: invalid-id
@Component(id = "node")
@Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80)
public class Def {}
