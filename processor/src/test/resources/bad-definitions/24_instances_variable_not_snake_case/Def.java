package bad;

import dev.portcullis.annotations.*;

/** An instance count variable with a dash. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "av", service = "AV", component = "node", peerComponent = "node",
    instances = @Instances(base = 4745,
        variable = "av-count")) // expect: invalid-id
public class Def {}
