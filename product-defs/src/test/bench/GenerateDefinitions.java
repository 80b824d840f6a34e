import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes N synthetic, valid Portcullis product definitions for the benchmark (run.sh), one class
 * per product in package {@code bench.products}, 20 flows each.
 *
 * <p>Deterministic: product i depends only on the seed and i, so the first 1,000 products of the
 * 2,000-product set are the 1,000-product set, and a rerun writes the same bytes. The mix:
 * constants (single ports), port lists, ranges, lists with ranges, TCP / UDP / TCP_UDP, one ICMP
 * flow in half the products, component peers (self and other) and zone peers, inbound, outbound
 * and bidirectional flows, two feature-gated flows, a configurable port, and in some products a
 * configurable protocol and an instance-numbered range. Ports never repeat inside a product (so
 * no flow overlaps another) but are often adjacent to the previous flow's, so a target that merges
 * adjacent ports has something to merge.
 *
 * <p>Run: {@code java product-defs/src/test/bench/GenerateDefinitions.java <N> <seed> <outDir>}
 * (single-file source launch; nothing to build).
 */
public final class GenerateDefinitions {
  static final int FLOWS_PER_PRODUCT = 20;
  static final String PACKAGE = "bench.products";

  private static final String[] COMPONENTS = {"server", "worker", "agent"};
  private static final String[] ZONES = {"admins", "clients", "internet"};
  private static final String[] SERVICES = {"REST API", "Admin console", "Cluster gossip", "Replication",
      "Metrics", "Log shipping", "Database", "Message bus", "Cache", "Health check", "Backup", "Web UI",
      "Discovery", "License service", "Storage traffic", "RPC"};

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: GenerateDefinitions <products> <seed> <outDir>");
      System.exit(2);
    }
    int count = Integer.parseInt(args[0]);
    long seed = Long.parseLong(args[1]);
    Path dir = Path.of(args[2]).resolve(PACKAGE.replace('.', '/'));
    Files.createDirectories(dir);
    for (int i = 0; i < count; i++) {
      String name = className(i);
      Files.writeString(dir.resolve(name + ".java"), new ProductWriter(seed, i).write(name),
          StandardCharsets.UTF_8);
    }
  }

  static String className(int i) {
    return String.format("Product%04d", i);
  }

  /** One product's source; every random choice comes from a generator seeded by (seed, index). */
  static final class ProductWriter {
    private final Random random;
    private final int index;
    private final List<String> classFlows = new ArrayList<>();
    private final List<String> constants = new ArrayList<>();
    private final List<String> components = new ArrayList<>();
    /** The next free port; flows take ports upwards from here. */
    private int cursor;

    ProductWriter(long seed, int index) {
      this.random = new Random(seed * 1_000_003L + index);
      this.index = index;
      this.cursor = 1024 + random.nextInt(40_000);
    }

    String write(String className) {
      String id = String.format("bench_p%04d", index);
      int componentCount = 1 + random.nextInt(COMPONENTS.length);
      for (int c = 0; c < componentCount; c++) {
        components.add(COMPONENTS[c]);
      }
      boolean hasIcmp = index % 2 == 0;
      boolean protocolVariable = index % 3 == 0;
      boolean instances = index % 4 == 1;
      boolean outgoing = index % 5 == 0;

      for (int f = 0; f < FLOWS_PER_PRODUCT; f++) {
        String flowId = "flow_" + f;
        if (f == 0) {
          classFlow(flowId, "portVariable = \"" + flowId + "_port\", ports = " + take(1));
        } else if (f == 1 && protocolVariable) {
          classFlow(flowId, "protocol = Protocol.UDP, protocolVariable = \"" + flowId + "_protocol\", ports = "
              + take(1));
        } else if (f == 2 && instances) {
          // instance N listens on base + N, up to maxCount 16: reserve all of them
          int base = take(17);
          classFlow(flowId, "instances = @Instances(base = " + base + ", defaultCount = 3, variable = \""
              + flowId + "_instances\")");
        } else if (f == 3 && hasIcmp) {
          classFlow(flowId, "protocol = Protocol.ICMP, icmpType = 8");
        } else if (f == 4 || f == 5) {
          classFlow(flowId, protocol() + "feature = \"" + (f == 4 ? "tls" : "metrics") + "\", ports = " + take(1));
        } else {
          portFlow(flowId);
        }
      }

      StringBuilder out = new StringBuilder();
      out.append("package ").append(PACKAGE).append(";\n\n");
      out.append("import dev.portcullis.annotations.AllowOutgoing;\n");
      out.append("import dev.portcullis.annotations.Component;\n");
      out.append("import dev.portcullis.annotations.Direction;\n");
      out.append("import dev.portcullis.annotations.Feature;\n");
      out.append("import dev.portcullis.annotations.Flow;\n");
      out.append("import dev.portcullis.annotations.Instances;\n");
      out.append("import dev.portcullis.annotations.Product;\n");
      out.append("import dev.portcullis.annotations.Protocol;\n");
      out.append("import dev.portcullis.annotations.Range;\n");
      out.append("import dev.portcullis.annotations.Zone;\n\n");
      out.append("/** Synthetic benchmark product ").append(index).append(" (GenerateDefinitions). */\n");
      out.append("@Product(id = \"").append(id).append("\", title = \"Bench product ").append(index)
          .append("\", docs = \"https://example.com/bench/").append(index)
          .append("\",\n    description = \"A synthetic product for the Portcullis benchmark.\")\n");
      if (hasIcmp) {
        // a NetworkPolicy cannot express ICMP; the warning is expected and would only add noise
        out.append("@SuppressWarnings(\"portcullis:k8s-icmp\")\n");
      }
      for (String c : components) {
        out.append("@Component(id = \"").append(c).append("\", description = \"The ").append(c)
            .append(" role\")\n");
      }
      int octet = index % 250;
      out.append("@Zone(id = \"admins\", description = \"Administrators\", ipv4 = \"10.").append(octet)
          .append(".0.0/16\", ipv6 = \"fd00:").append(Integer.toHexString(index + 1)).append("::/32\")\n");
      out.append("@Zone(id = \"clients\", description = \"Client networks\",\n    ipv4 = {\"192.168.")
          .append(octet).append(".0/24\", \"172.16.").append(octet % 16).append(".0/24\"})\n");
      out.append("@Zone(id = \"internet\", description = \"Anyone\", isPublic = true, ipv4 = \"0.0.0.0/0\",")
          .append(" ipv6 = \"::/0\")\n");
      out.append("@Feature(id = \"tls\", description = \"Encrypted endpoints\", enabledByDefault = false)\n");
      out.append("@Feature(id = \"metrics\", description = \"Metrics scraping\", enabledByDefault = true)\n");
      if (outgoing) {
        out.append("@AllowOutgoing(reason = \"Workers dial out from random ports\")\n");
      }
      classFlows.forEach(out::append);
      out.append("public final class ").append(className).append(" {\n");
      out.append("  private ").append(className).append("() {}\n");
      constants.forEach(out::append);
      out.append("}\n");
      return out.toString();
    }

    /** A flow with ports in one of several shapes; about a third of them on a constant. */
    private void portFlow(String flowId) {
      int shape = random.nextInt(10);
      if (shape < 4) {
        String annotation = flowAnnotation(flowId, protocol().replaceAll(", $", ""), true);
        constants.add("\n  " + annotation.replace("\n", "\n  ") + "\n  public static final int "
            + flowId.toUpperCase(Locale.ROOT) + " = " + take(1) + ";\n");
      } else if (shape < 6) {
        int n = 2 + random.nextInt(3);
        StringBuilder ports = new StringBuilder("{");
        for (int p = 0; p < n; p++) {
          ports.append(p == 0 ? "" : ", ").append(take(1));
        }
        classFlow(flowId, protocol() + "ports = " + ports + "}");
      } else if (shape < 8) {
        int length = 2 + random.nextInt(50);
        int from = take(length);
        classFlow(flowId, protocol() + "ranges = @Range(from = " + from + ", to = " + (from + length - 1) + ")");
      } else {
        int single = take(1);
        int length = 2 + random.nextInt(10);
        int from = take(length);
        classFlow(flowId, protocol() + "ports = " + single + ", ranges = @Range(from = " + from + ", to = "
            + (from + length - 1) + ")");
      }
    }

    private void classFlow(String flowId, String ports) {
      classFlows.add(flowAnnotation(flowId, ports, false) + "\n");
    }

    /** {@code @Flow(...)}: a random component, peer and direction around the given port attributes. */
    private String flowAnnotation(String flowId, String ports, boolean onConstant) {
      String component = components.get(random.nextInt(components.size()));
      String componentText = "\"" + component + "\"";
      if (components.size() > 1 && random.nextInt(8) == 0) {
        componentText = "{\"" + components.get(0) + "\", \"" + components.get(1) + "\"}";
        component = components.get(0);
      }
      String peer;
      int p = random.nextInt(10);
      if (p < 3) {
        peer = "peerComponent = \"" + component + "\"";
      } else if (p < 5) {
        peer = "peerComponent = \"" + components.get(random.nextInt(components.size())) + "\"";
      } else {
        peer = "peerZone = \"" + ZONES[random.nextInt(ZONES.length)] + "\"";
      }
      int d = random.nextInt(10);
      String direction = d < 7 ? "" : d < 9 ? ", direction = Direction.OUTBOUND" : ", direction = Direction.BIDIRECTIONAL";
      String service = SERVICES[random.nextInt(SERVICES.length)];
      String rest = ports.isEmpty() ? "" : ", " + ports;
      return "@Flow(id = \"" + flowId + "\", service = \"" + service + "\", purpose = \"" + service
          + " of bench flow " + flowId + "\",\n    component = " + componentText + ", " + peer + direction + rest + ")";
    }

    private String protocol() {
      int r = random.nextInt(10);
      return r < 6 ? "" : r < 8 ? "protocol = Protocol.UDP, " : "protocol = Protocol.TCP_UDP, ";
    }

    /**
     * Takes {@code count} consecutive ports, half the time right after the previous flow's ports
     * (adjacent: a target can merge them), else after a gap of 1-5 ports.
     */
    private int take(int count) {
      int gap = random.nextBoolean() ? 0 : 1 + random.nextInt(5);
      int first = cursor + gap;
      cursor = first + count;
      return first;
    }
  }
}
