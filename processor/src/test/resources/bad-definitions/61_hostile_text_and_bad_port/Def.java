package bad;

import dev.portcullis.annotations.*;

/** Hostile free text does not hide the real error. */
@Product(id = "bad_def", title = "Bad \"definition\" ${x} {{y}}", description = "line\nbreak: # - ? | > ! & * % @ `")
@Component(id = "node")
@Flow(id = "web", service = "HTTP \"quoted\" 'single'", purpose = "%{z} \\ end", component = "node", peerComponent = "node",
    ports = 65536) // expect: port-range
public class Def {}
