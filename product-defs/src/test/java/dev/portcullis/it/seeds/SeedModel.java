package dev.portcullis.it.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.it.GeneratedOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The generated {@code model/<id>.json} of a seed product, read with Jackson, and the comparison
 * of its flows with a hand-transcribed table.
 */
public final class SeedModel {
  private final JsonNode root;

  private SeedModel(JsonNode root) {
    this.root = root;
  }

  public static SeedModel load(String productId) {
    try {
      return new SeedModel(new ObjectMapper().readTree(
          GeneratedOutput.resolve("model/" + productId + ".json").toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public JsonNode root() {
    return root;
  }

  public List<FlowRow> flows() {
    List<FlowRow> rows = new ArrayList<>();
    for (JsonNode f : root.get("flows")) {
      rows.add(new FlowRow(
          f.get("component").asText(),
          f.get("id").asText(),
          f.get("service").asText(),
          f.get("purpose").asText(),
          f.get("peer").get("kind").asText() + ":" + f.get("peer").get("id").asText(),
          f.get("direction").asText(),
          f.get("protocol").asText(),
          texts(f.get("transports")),
          ports(f.get("ports")),
          f.has("icmp") ? f.get("icmp").get("type").asInt() + "/" + f.get("icmp").get("code").asInt() : null,
          text(f, "feature"),
          text(f, "portVariable"),
          text(f, "protocolVariable"),
          f.has("instances")
              ? f.get("instances").get("base").asInt() + "+N x" + f.get("instances").get("defaultCount").asInt()
                  + " (" + f.get("instances").get("variable").asText() + ")"
              : null));
    }
    return rows;
  }

  /** The zone {@code id} as {@code public=<b> localSubnet=<b> ipv4=[..] ipv6=[..]}. */
  public String zone(String id) {
    JsonNode z = find("zones", "id", id);
    return "public=" + z.get("public").asBoolean() + " localSubnet=" + z.get("localSubnet").asBoolean()
        + " ipv4=" + texts(z.get("ipv4")) + " ipv6=" + texts(z.get("ipv6"))
        + (z.path("names").isEmpty() ? "" : " names=" + texts(z.get("names")));
  }

  public List<String> ids(String section) {
    List<String> ids = new ArrayList<>();
    root.get(section).forEach(n -> ids.add(n.get("id").asText()));
    return ids;
  }

  /** A variable as {@code <kind> default=<d> [choices=..] flow=<flow>}. */
  public String variable(String name) {
    JsonNode v = find("variables", "name", name);
    String choices = v.has("choices") ? " choices=" + texts(v.get("choices")) : "";
    return v.get("kind").asText() + " default=" + v.get("default").asText() + choices + " flow=" + v.get("flow").asText();
  }

  public List<String> variableNames() {
    List<String> names = new ArrayList<>();
    root.get("variables").forEach(n -> names.add(n.get("name").asText()));
    return names;
  }

  /** {@code <id>=on|off} for every feature. */
  public List<String> features() {
    List<String> result = new ArrayList<>();
    root.get("features").forEach(f -> result.add(f.get("id").asText() + "=" + (f.get("enabledByDefault").asBoolean() ? "on" : "off")));
    return result;
  }

  /** {@code key=value} for every sysctl prerequisite. */
  public List<String> sysctls() {
    List<String> result = new ArrayList<>();
    root.get("prerequisites").get("sysctl").forEach(s -> result.add(s.get("key").asText() + "=" + s.get("value").asText()));
    return result;
  }

  public boolean outgoingRequired() {
    return root.get("prerequisites").get("outgoing").get("mustBeAllowed").asBoolean();
  }

  public boolean forwardingRequired() {
    return root.get("prerequisites").get("forwarding").get("mustBeAllowed").asBoolean();
  }

  public String prerequisiteReason(String which) {
    return root.get("prerequisites").get(which).get("reason").asText();
  }

  public List<String> notes() {
    return texts(root.get("notes"));
  }

  /**
   * Fails unless the model's flows are exactly {@code expected}: lists every row that is missing,
   * unexpected, or different (with both versions), not just the first.
   */
  public void assertFlowsExactly(List<FlowRow> expected) {
    Map<String, FlowRow> want = byKey(expected);
    Map<String, FlowRow> got = byKey(flows());
    assertEquals(expected.size(), want.size(), "the transcribed table repeats a component/id");
    List<String> problems = new ArrayList<>();
    want.forEach((key, row) -> {
      FlowRow actual = got.get(key);
      if (actual == null) {
        problems.add("missing   " + row);
      } else if (!actual.equals(row)) {
        problems.add("expected  " + row + "\n  but was " + actual);
      }
    });
    got.keySet().stream().filter(k -> !want.containsKey(k)).forEach(k -> problems.add("unexpected " + got.get(k)));
    if (!problems.isEmpty()) {
      fail(problems.size() + " flow(s) differ from the document:\n" + String.join("\n", problems));
    }
  }

  private static Map<String, FlowRow> byKey(List<FlowRow> rows) {
    return rows.stream().collect(Collectors.toMap(FlowRow::key, r -> r, (a, b) -> a, TreeMap::new));
  }

  private JsonNode find(String section, String key, String value) {
    for (JsonNode n : root.get(section)) {
      if (n.get(key).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no " + section + " entry with " + key + " = " + value);
  }

  private static String text(JsonNode node, String field) {
    return node.has(field) ? node.get(field).asText() : null;
  }

  private static List<String> texts(JsonNode array) {
    List<String> result = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> result.add(n.asText()));
    }
    return result;
  }

  private static String ports(JsonNode array) {
    List<String> result = new ArrayList<>();
    for (JsonNode p : array) {
      int from = p.get("from").asInt();
      int to = p.get("to").asInt();
      result.add(from == to ? Integer.toString(from) : from + "-" + to);
    }
    return String.join(",", result);
  }
}
