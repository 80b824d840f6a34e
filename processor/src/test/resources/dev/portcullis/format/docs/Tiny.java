package fixtures;

import dev.portcullis.annotations.Component;
import dev.portcullis.annotations.Flow;
import dev.portcullis.annotations.Product;

/** The smallest product: one component talking to its peers, for the template override tests. */
@Product(id = "tiny", title = "Tiny", docs = "https://example.com/tiny")
@Component(id = "node", description = "A node")
@Flow(id = "api", service = "API", purpose = "Cluster API", component = "node", peerComponent = "node", ports = 7000)
public final class Tiny {}
