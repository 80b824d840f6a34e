package bad;

import dev.portcullis.annotations.*;

/** Instance-numbered ports mixed with fixed ports. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "av", service = "AV", component = "node", peerComponent = "node", ports = 4744,
    instances = @Instances(base = 4745, variable = "av_count")) // expect: ports-and-instances
public class Def {}
