package tiny;

import dev.portcullis.annotations.*;

/** The smallest definition: one component talking to itself on one port. */
@Product(id = "tiny", title = "Tiny")
@Component(id = "node")
public final class Tiny {
  private Tiny() {}

  @Flow(id = "peer", service = "Peer protocol", component = "node", peerComponent = "node")
  public static final int PEER = 4000;
}
