package bad;

import dev.portcullis.annotations.*;

/** base + maxCount runs past 65535. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "av", service = "AV", component = "node", peerComponent = "node",
    instances = @Instances(base = 65500, variable = "av_count",
        maxCount = 100)) // expect: instances-invalid
public class Def {}
