package bad;

import dev.portcullis.annotations.*;

/** A port variable name with a space. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80,
    portVariable = "web port") // expect: invalid-id
public class Def {}
