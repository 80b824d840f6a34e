package bad;

import dev.portcullis.annotations.*;

/** A sysctl key that is not a dotted kernel parameter. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Sysctl(value = "1",
    key = "ip_forward") // expect: invalid-sysctl
@Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80)
public class Def {}
