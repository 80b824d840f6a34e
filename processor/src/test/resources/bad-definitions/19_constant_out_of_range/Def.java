package bad;

import dev.portcullis.annotations.*;

/** A constant port of 0. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
public class Def {
  @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node") // expect: port-range
  public static final int WEB = 0;
}
