package bad;

import dev.portcullis.annotations.*;

/** Flows on a class that is not a @Product. */
public class Def {
  @Flow(id = "web", service = "HTTP", component = "node", peerComponent = "node") // expect: misplaced
  public static final int WEB = 80;
}
