package bad;

import dev.portcullis.annotations.*;

/** An instance base past the last port. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "av", service = "AV", component = "node", peerComponent = "node",
    instances = @Instances(variable = "av_count",
        base = 65535)) // expect: instances-invalid
public class Def {}
