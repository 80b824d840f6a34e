package bad;

import dev.portcullis.annotations.*;

/** A configurable port on an ICMP flow. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "ping", service = "Ping", component = "node", peerComponent = "node", protocol = Protocol.ICMP,
    portVariable = "ping_port") // expect: variable-single-port
public class Def {}
