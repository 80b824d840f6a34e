package bad;

import dev.portcullis.annotations.*;

/** The whole internet without isPublic = true. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Zone(id = "anywhere",
    ipv6 = "::/0") // expect: open-to-world
@Flow(id = "web", service = "HTTP", component = "node", peerZone = "anywhere", ports = 80)
public class Def {}
