package dev.portcullis.hostile;

import dev.portcullis.annotations.Direction;
import dev.portcullis.annotations.Protocol;
import dev.portcullis.hostile.Blueprint.FeatureBlueprint;
import dev.portcullis.hostile.Blueprint.FlowBlueprint;
import dev.portcullis.hostile.Blueprint.Head;
import dev.portcullis.hostile.Blueprint.Instances;
import dev.portcullis.hostile.Blueprint.Knobs;
import dev.portcullis.hostile.Blueprint.Named;
import dev.portcullis.hostile.Blueprint.Ports;
import dev.portcullis.hostile.Blueprint.Prerequisites;
import dev.portcullis.hostile.Blueprint.Sysctl;
import dev.portcullis.hostile.Blueprint.Wiring;
import dev.portcullis.hostile.Blueprint.ZoneBlueprint;
import dev.portcullis.model.Product;
import dev.portcullis.processor.validate.Cidrs;
import dev.portcullis.processor.validate.Ids;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Random valid products whose every free-text field is hostile (see {@link HostileText}). */
final class HostileProducts {
  private HostileProducts() {}

  static Arbitrary<Product> products() {
    return blueprints().map(ProductAssembler::assemble);
  }

  static Arbitrary<Blueprint> blueprints() {
    return Combinators.combine(
            head(),
            component().list().ofMinSize(1).ofMaxSize(3),
            zone().list().ofMaxSize(3),
            feature().list().ofMaxSize(2),
            flow().list().ofMinSize(1).ofMaxSize(6),
            prerequisites())
        .as(Blueprint::new);
  }

  private static Arbitrary<String> text() {
    return HostileText.any();
  }

  private static Arbitrary<Head> head() {
    return Combinators.combine(HostileIds.id(Ids.MAX_NAME_ID), HostileText.nonEmpty(), text(), text(),
            text().list().ofMaxSize(3))
        .as(Head::new);
  }

  private static Arbitrary<Named> component() {
    return Combinators.combine(HostileIds.id(Ids.MAX_NAME_ID), text()).as(Named::new);
  }

  private static Arbitrary<FeatureBlueprint> feature() {
    return Combinators.combine(HostileIds.id(Ids.MAX_NAME_ID), text(), Arbitraries.of(true, false))
        .as(FeatureBlueprint::new);
  }

  private static Arbitrary<ZoneBlueprint> zone() {
    return Combinators.combine(
            HostileIds.id(Ids.MAX_NAME_ID),
            text(),
            ipv4().list().ofMaxSize(3).uniqueElements(),
            ipv6().list().ofMaxSize(2).uniqueElements(),
            Arbitraries.of(true, false),
            Arbitraries.frequency(Tuple.of(1, true), Tuple.of(4, false)),
            Arbitraries.of("kubernetes.io/metadata.name=monitoring", "team=ops", "app.kubernetes.io/part-of=x")
                .list().ofMaxSize(2).uniqueElements())
        .as(ZoneBlueprint::new);
  }

  /** A network address: the host bits of a random address cleared. */
  static Arbitrary<String> ipv4() {
    return Combinators.combine(Arbitraries.longs().between(0, 0xffffffffL), Arbitraries.integers().between(0, 32))
        .as((address, prefix) -> new Cidrs.Cidr(BigInteger.valueOf(address), prefix, 32).networkText());
  }

  static Arbitrary<String> ipv6() {
    return Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.ZERO,
                BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE)),
            Arbitraries.integers().between(0, 128))
        .as((address, prefix) -> new Cidrs.Cidr(address, prefix, 128).networkText());
  }

  private static Arbitrary<FlowBlueprint> flow() {
    return Combinators.combine(HostileIds.id(Ids.MAX_FLOW_ID), HostileText.any(), text(), wiring(), ports(), knobs())
        .as(FlowBlueprint::new);
  }

  private static Arbitrary<Wiring> wiring() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 7),
            Arbitraries.integers().between(0, 11),
            Arbitraries.of(Direction.class),
            Arbitraries.integers().between(-2, 3))
        .as(Wiring::new);
  }

  private static Arbitrary<Ports> ports() {
    Arbitrary<Integer> port = Arbitraries.integers().between(1, 65535);
    Arbitrary<int[]> range = Combinators.combine(port, Arbitraries.integers().between(0, 2000))
        .as((from, length) -> new int[] {from, Math.min(65535, from + length)});
    Arbitrary<Instances> instances = Combinators.combine(
            Arbitraries.integers().between(0, 65534),
            Arbitraries.integers().between(1, 64),
            Arbitraries.integers().between(1, 64),
            HostileIds.id(Ids.MAX_FLOW_ID))
        .as((base, max, count, variable) -> {
          int maxCount = Math.max(1, Math.min(max, 65535 - base));
          return new Instances(base, Math.min(count, maxCount), maxCount, variable);
        });
    Arbitrary<Integer> icmp = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(-1, 0, 3, 8, 11)), Tuple.of(1, Arbitraries.integers().between(-1, 255)));
    return Combinators.combine(
            Arbitraries.of(Protocol.class),
            Arbitraries.of(Ports.Kind.class),
            port.list().ofMinSize(1).ofMaxSize(20).uniqueElements(),
            range.list().ofMinSize(1).ofMaxSize(3),
            instances,
            icmp,
            icmp)
        .as(Ports::new);
  }

  private static Arbitrary<Knobs> knobs() {
    Arbitrary<String> variable = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just((String) null)), Tuple.of(1, HostileIds.id(Ids.MAX_FLOW_ID)));
    return Combinators.combine(variable, variable, Arbitraries.of(true, false)).as(Knobs::new);
  }

  private static Arbitrary<Prerequisites> prerequisites() {
    Arbitrary<Sysctl> sysctl = Combinators.combine(
            Arbitraries.of("net.ipv4.ip_forward", "net.ipv6.conf.all.forwarding", "net.core.rmem_max",
                "vm.max_map_count", "net.ipv4.conf.all.rp_filter"),
            Arbitraries.of("1", "0", "2", "262144", "4096 87380 6291456", "010", "yes", "on", "1:2", "-1"),
            text())
        .as(Sysctl::new);
    Arbitrary<String> reason = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((String) null)), Tuple.of(2, text()));
    return Combinators.combine(sysctl.list().ofMaxSize(2), reason, reason).as(Prerequisites::new);
  }
}
