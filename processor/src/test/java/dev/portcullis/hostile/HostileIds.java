package dev.portcullis.hostile;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Valid snake_case ids ({@code [a-z][a-z0-9]*(_[a-z0-9]+)*}), biased towards the ones that are
 * also words of an output language: YAML 1.1 booleans and nulls, HCL and Jinja keywords,
 * Kubernetes and Terraform names.
 */
final class HostileIds {
  private HostileIds() {}

  /** Valid ids that a careless writer turns into something else. */
  static final List<String> TRAPS = List.of(
      "yes", "no", "on", "off", "y", "n", "true", "false", "null", "nan", "inf", "e1", "x0", "o1",
      "for", "in", "if", "else", "endif", "endfor", "var", "local", "module", "resource", "data", "each",
      "count", "self", "default", "all", "any", "tcp", "udp", "icmp", "ingress", "egress", "name", "id",
      "items", "keys", "values", "class", "import", "not", "and", "or", "is", "none", "loop", "item",
      "a", "z9", "a_1", "port_0", "x_y_z");

  /** A valid id of at most {@code max} characters. */
  static Arbitrary<String> id(int max) {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(TRAPS).filter(t -> t.length() <= max)),
        Tuple.of(3, generated(max)));
  }

  private static Arbitrary<String> generated(int max) {
    Arbitrary<String> first = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(1);
    Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
        .ofMinLength(0).ofMaxLength(8);
    Arbitrary<String> segment = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
        .ofMinLength(1).ofMaxLength(6);
    return net.jqwik.api.Combinators.combine(first, rest, segment.list().ofMaxSize(3))
        .as((f, r, segments) -> {
          StringBuilder id = new StringBuilder(f).append(r);
          segments.forEach(s -> id.append('_').append(s));
          return id.length() <= max ? id.toString() : id.substring(0, max).replaceAll("_+$", "");
        });
  }
}
