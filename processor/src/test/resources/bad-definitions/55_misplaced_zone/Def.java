package bad;

import dev.portcullis.annotations.*;

/** A zone on a class that is not a @Product. */
@Zone(id = "lan", ipv4 = "10.0.0.0/8") // expect: misplaced
@Zone(id = "wan", ipv4 = "0.0.0.0/0", isPublic = true) // expect: misplaced
public class Def {}
