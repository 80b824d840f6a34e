package bad;

import dev.portcullis.annotations.*;

/** web + feature api and component web_api both give policy bad-def-web-api. */
@Product(id = "bad_def", title = "Bad definition") // expect: k8s-name-clash
@Component(id = "web")
@Component(id = "web_api")
@Feature(id = "api")
@Flow(id = "a", service = "A", component = "web", peerComponent = "web", ports = 80, feature = "api")
@Flow(id = "b", service = "B", component = "web_api", peerComponent = "web_api", ports = 81)
public class Def {}
