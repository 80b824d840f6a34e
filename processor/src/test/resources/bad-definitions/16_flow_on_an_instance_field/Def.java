package bad;

import dev.portcullis.annotations.*;

/** @Flow on an instance field: no shared number. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
public class Def {
  @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node") // expect: constant-not-int
  public final int web = 80;
}
