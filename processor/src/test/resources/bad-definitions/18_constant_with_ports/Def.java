package bad;

import dev.portcullis.annotations.*;

/** A constant whose flow also lists ports. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
public class Def {
  @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node",
      ports = 8080) // expect: constant-with-ports
  public static final int WEB = 80;
}
