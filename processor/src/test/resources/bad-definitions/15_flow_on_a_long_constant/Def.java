package bad;

import dev.portcullis.annotations.*;

/** @Flow on a long constant: not an int. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
public class Def {
  @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node") // expect: constant-not-int
  public static final long WEB = 80L;
}
