package bad;

import dev.portcullis.annotations.*;

/** Two flows with one id, one on a constant. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node", ports = 80)
public class Def {
  @Flow(service = "HTTP alt", component = "node", peerComponent = "node",
      id = "web") // expect: duplicate-id
  public static final int WEB_ALT = 8080;
}
