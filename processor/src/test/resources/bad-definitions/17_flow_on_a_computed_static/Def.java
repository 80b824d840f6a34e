package bad;

import dev.portcullis.annotations.*;

/** @Flow on a static int computed at run time: no constant value. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
public class Def {
  @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node") // expect: constant-not-int
  public static final int WEB = Integer.parseInt("80");
}
