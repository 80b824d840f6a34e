package bad;

import dev.portcullis.annotations.*;

/** The same port once always open and once behind a feature. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Feature(id = "metrics")
@Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 9100)
@Flow(service = "Metrics", component = "node", peerComponent = "node", ports = 9100, feature = "metrics",
    id = "web_metrics") // expect: flow-conflict
public class Def {}
