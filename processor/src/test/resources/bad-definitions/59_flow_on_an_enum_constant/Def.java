package bad;

import dev.portcullis.annotations.*;

/** An enum definition with @Flow on a constant: not an int. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80)
public enum Def {
  @Flow(id = "tls", service = "HTTPS", component = "node", peerComponent = "node") // expect: constant-not-int
  TLS;
}
