package bad;

import dev.portcullis.annotations.*;

/** Two @Instances on one flow. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "av", service = "AV", component = "node", peerComponent = "node",
    instances = {@Instances(base = 4745, variable = "av_count"), // expect: instances-invalid
        @Instances(base = 5745, variable = "bv_count")}) // expect: instances-invalid
public class Def {}
