package bad;

import dev.portcullis.annotations.*;

/** A component id in CamelCase. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "WebServer") // expect: invalid-id
@Flow(id = "web", service = "HTTP", component = "WebServer", peerComponent = "WebServer", ports = 80)
public class Def {}
