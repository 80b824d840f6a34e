package bad;

import dev.portcullis.annotations.*;

/** A namespace selector that is no key=value label (a target error: nothing is written). */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Zone(id = "monitoring", namespaceSelector = "kubernetes.io/metadata.name monitoring") // expect: k8s-namespace-selector
@Flow(id = "metrics", service = "Metrics", component = "node", peerZone = "monitoring", ports = 9100)
public class Def {}
