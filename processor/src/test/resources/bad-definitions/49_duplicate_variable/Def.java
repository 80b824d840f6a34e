package bad;

import dev.portcullis.annotations.*;

/** Two flows moved by one variable. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80, portVariable = "port")
@Flow(id = "tls", service = "HTTPS", component = "node", peerComponent = "node", ports = 443,
    portVariable = "port") // expect: duplicate-variable
public class Def {}
