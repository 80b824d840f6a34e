package bad;

import dev.portcullis.annotations.*;

/** A protocol switch on an ICMP flow. */
@Product(id = "bad_def", title = "Bad definition")
@Component(id = "node")
@Flow(id = "ping", service = "Ping", component = "node", peerComponent = "node", protocol = Protocol.ICMP,
    protocolVariable = "ping_protocol") // expect: variable-protocol
public class Def {}
