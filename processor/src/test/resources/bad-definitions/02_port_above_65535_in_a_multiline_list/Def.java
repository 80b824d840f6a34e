package bad;

import dev.portcullis.annotations.*;

/** A vendor table typo: 65536 inside a list split over lines. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node",
    ports = {8080,
        8443,
        65536}) // expect: port-range
public class Def {}
