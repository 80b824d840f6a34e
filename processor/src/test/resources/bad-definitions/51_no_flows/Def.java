package bad;

import dev.portcullis.annotations.*;

/** A product that opens nothing. */
@Product(title = "Bad definition",
    id = "bad_def") // expect: no-flows
@Component(id = "node")
public class Def {}
