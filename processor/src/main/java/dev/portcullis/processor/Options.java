package dev.portcullis.processor;

import dev.portcullis.diagnostics.Message;
import dev.portcullis.processor.validate.Reporter;
import dev.portcullis.format.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The processor's {@code -Aportcullis.*} options, declared and checked. A bad value is an error
 * naming the option; processing goes on with the default so every other problem is still reported.
 */
public final class Options {
  public static final String TEMPLATES = "portcullis.templates";
  public static final String TARGETS = "portcullis.targets";
  public static final String K8S_PART_OF_LABEL = "portcullis.k8s.partOfLabel";
  public static final String K8S_COMPONENT_LABEL = "portcullis.k8s.componentLabel";
  public static final String DESCRIPTORS = "portcullis.descriptors";
  /** {@code true}: print where the processor's time went, as one note (for the benchmark). */
  public static final String TIMING = "portcullis.timing";

  /** Every option the processor declares. */
  public static final Set<String> SUPPORTED =
      Set.of(TEMPLATES, TARGETS, K8S_PART_OF_LABEL, K8S_COMPONENT_LABEL, DESCRIPTORS, TIMING);

  // a Kubernetes qualified label key: optional DNS-subdomain prefix, then a name of at most 63
  private static final Pattern LABEL_KEY = Pattern.compile(
      "([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");

  private final Map<String, String> values;
  private final Path templates;
  private final List<String> targets;
  private final boolean descriptors;
  private final boolean timing;

  private Options(Map<String, String> values, Path templates, List<String> targets, boolean descriptors,
      boolean timing) {
    this.values = values;
    this.templates = templates;
    this.targets = targets;
    this.descriptors = descriptors;
    this.timing = timing;
  }

  public static Options parse(Map<String, String> raw, List<Target> available, Reporter reporter) {
    Map<String, String> values = new TreeMap<>();
    raw.forEach((k, v) -> {
      if (k.startsWith("portcullis.")) {
        values.put(k, v == null ? "" : v);
      }
    });
    Path templates = null;
    if (values.containsKey(TEMPLATES)) {
      Path dir = Path.of(values.get(TEMPLATES));
      if (Files.isDirectory(dir)) {
        templates = dir;
      } else {
        reporter.reportGlobal(Message.BAD_OPTION, TEMPLATES, values.get(TEMPLATES), "not a directory");
      }
    }
    List<String> names = available.stream().map(Target::name).toList();
    List<String> targets = names;
    if (values.containsKey(TARGETS)) {
      List<String> asked = Arrays.stream(values.get(TARGETS).split(",")).map(String::strip)
          .filter(s -> !s.isEmpty()).toList();
      List<String> unknown = asked.stream().filter(t -> !names.contains(t)).toList();
      if (!unknown.isEmpty() || asked.isEmpty()) {
        reporter.reportGlobal(Message.BAD_OPTION, TARGETS, values.get(TARGETS),
            "expected a comma-separated list of " + String.join(", ", names));
      } else {
        targets = names.stream().filter(asked::contains).toList();
      }
    }
    for (String key : List.of(K8S_PART_OF_LABEL, K8S_COMPONENT_LABEL)) {
      String v = values.get(key);
      if (v != null && (!LABEL_KEY.matcher(v).matches() || v.length() > 317)) {
        reporter.reportGlobal(Message.BAD_OPTION, key, v, "not a Kubernetes label key (prefix/name)");
        values.remove(key);
      }
    }
    boolean descriptors = flag(values, DESCRIPTORS, true, reporter);
    boolean timing = flag(values, TIMING, false, reporter);
    for (String key : values.keySet()) {
      if (!SUPPORTED.contains(key)) {
        reporter.reportGlobal(Message.BAD_OPTION, key, values.get(key),
            "unknown option; known: " + String.join(", ", SUPPORTED.stream().sorted().toList()));
      }
    }
    return new Options(Map.copyOf(values), templates, targets, descriptors, timing);
  }

  private static boolean flag(Map<String, String> values, String key, boolean byDefault, Reporter reporter) {
    String v = values.get(key);
    if (v == null) {
      return byDefault;
    }
    if (v.equals("true") || v.equals("false")) {
      return Boolean.parseBoolean(v);
    }
    reporter.reportGlobal(Message.BAD_OPTION, key, v, "expected true or false");
    return byDefault;
  }

  /** The validated option values, for targets. */
  public Map<String, String> values() {
    return values;
  }

  /** The template override directory, or null. */
  public Path templates() {
    return templates;
  }

  public List<String> targets() {
    return targets;
  }

  public boolean descriptors() {
    return descriptors;
  }

  /** Whether to print the processor's time per phase (see {@link #TIMING}). */
  public boolean timing() {
    return timing;
  }
}
