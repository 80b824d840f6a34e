package bad;

import dev.portcullis.annotations.*;

/** An ICMP flow on an int constant: the constant would be a port. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
public class Def {
  @Flow(id = "ping", service = "Ping", component = "node", peerComponent = "node",
      protocol = Protocol.ICMP) // expect: icmp-ports
  public static final int PING = 7;
}
