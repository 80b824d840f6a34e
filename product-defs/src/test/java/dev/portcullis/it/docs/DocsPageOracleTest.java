package dev.portcullis.it.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.it.GeneratedOutput;
import dev.portcullis.it.oracle.Reach;
import dev.portcullis.it.oracle.Reachability;
import java.io.IOException;
import java.nio.file.Files;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The docs page's port matrix says what the reachability oracle says, in both directions: every
 * (component, direction, peer, protocol, port) a row allows at the defaults must pass, and every
 * one that must pass is in a row. The oracle reads the model JSON alone; the page is rendered from
 * the rule plan, so this holds the plan's both ends and merged ports against an independent
 * reading of the definition. ICMPv6 is not a column of the page (a row names the ICMP type).
 */
class DocsPageOracleTest {
  static List<String> products() {
    return GeneratedOutput.SEED_PRODUCTS;
  }

  private static final Pattern CELL = Pattern.compile("(?<!\\\\)\\|");

  @ParameterizedTest
  @MethodSource("products")
  void portMatrixEqualsTheOracleAtTheDefaults(String product) throws IOException {
    String page = Files.readString(GeneratedOutput.resolve("docs/" + product + ".md"));
    Map<String, BitSet> fromPage = matrix(page);
    Map<String, BitSet> fromOracle = new TreeMap<>();
    for (Reach r : Reachability.of(GeneratedOutput.resolve("model/" + product + ".json")).mustPass()) {
      if (r.protocol().equals("icmpv6")) {
        continue;
      }
      BitSet ports = fromOracle.computeIfAbsent(
          String.join(" ", r.component(), r.direction().name().toLowerCase(Locale.ROOT), r.peer(), r.protocol()),
          k -> new BitSet());
      if (r.isIcmp()) {
        ports.set(r.from() + 1);
      } else {
        ports.set(r.from(), r.to() + 1);
      }
    }
    assertTrue(!fromOracle.isEmpty(), product);
    assertEquals(text(fromOracle), text(fromPage), product + ": the docs page's port matrix against the oracle");
  }

  /** The port matrix's rows at the defaults (rows of features off by default left out). */
  private static Map<String, BitSet> matrix(String page) {
    int start = page.indexOf("## Port matrix\n");
    int end = page.indexOf("\n## ", start + 1);
    Map<String, BitSet> out = new TreeMap<>();
    for (String line : page.substring(start, end).lines().toList()) {
      if (!line.startsWith("| ") || line.startsWith("| component |")) {
        continue;
      }
      String[] cells = CELL.split(line.strip(), -1);
      String component = plain(cells[1]);
      String direction = plain(cells[2]);
      String peer = plain(cells[3]);
      String ports = plain(cells[4]);
      String protocol = plain(cells[5]).toLowerCase(Locale.ROOT);
      String feature = plain(cells[6]);
      if (feature.endsWith("(off by default)")) {
        continue;
      }
      String peerRef = peer.startsWith("zone ") ? "zone:" + peer.substring(5)
          : "component:" + peer.replace(" (other members)", "");
      BitSet set = out.computeIfAbsent(String.join(" ", component, direction, peerRef, protocol), k -> new BitSet());
      if (protocol.equals("icmp")) {
        set.set(ports.startsWith("any type") ? 0 : Integer.parseInt(ports.split("[ ,]")[1]) + 1);
        continue;
      }
      int formula = ports.indexOf(" (");
      for (String range : (formula < 0 ? ports : ports.substring(0, formula)).split(", ")) {
        String[] ends = range.split("-");
        set.set(Integer.parseInt(ends[0]), Integer.parseInt(ends[ends.length - 1]) + 1);
      }
    }
    return out;
  }

  /** A cell's text without its Markdown escapes. */
  private static String plain(String cell) {
    return cell.strip().replaceAll("\\\\(.)", "$1");
  }

  private static String text(Map<String, BitSet> reaches) {
    StringBuilder b = new StringBuilder();
    reaches.forEach((key, ports) -> b.append(key).append(' ').append(ports).append('\n'));
    return b.toString();
  }
}
