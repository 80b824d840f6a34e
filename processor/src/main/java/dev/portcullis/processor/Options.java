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
  /**
   * A directory that receives every product's files (the layout of {@code generated-examples/})
   * instead of {@code CLASS_OUTPUT/META-INF/portcullis/}; relative to the compiler's working
   * directory (under Maven: where {@code mvn} was started, so pass {@code ${project.basedir}/...}).
   */
  public static final String OUTPUT_DIR = "portcullis.outputDir";
  /** {@code true}: write nothing, report every file of {@link #OUTPUT_DIR} that differs as an error. */
  public static final String VERIFY = "portcullis.verify";

  /** The Ansible collection's namespace (Galaxy's rules), default {@code portcullis}. */
  public static final String ANSIBLE_NAMESPACE = "portcullis.ansible.namespace";
  /** The Ansible collection's name (Galaxy's rules), default {@code firewall}. */
  public static final String ANSIBLE_NAME = "portcullis.ansible.name";
  /** The Ansible collection's version (semantic versioning), default {@code 1.0.0}. */
  public static final String ANSIBLE_VERSION = "portcullis.ansible.version";

  /** Every option the processor declares. */
  public static final Set<String> SUPPORTED = Set.of(TEMPLATES, TARGETS, K8S_PART_OF_LABEL, K8S_COMPONENT_LABEL,
      DESCRIPTORS, TIMING, OUTPUT_DIR, VERIFY, ANSIBLE_NAMESPACE, ANSIBLE_NAME, ANSIBLE_VERSION);

  // a Kubernetes qualified label key: optional DNS-subdomain prefix, then a name of at most 63
  private static final Pattern LABEL_KEY = Pattern.compile(
      "([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");

  // Galaxy: a Python identifier of lowercase letters, digits and underscores, no leading or double
  // underscore, not a Python keyword; ansible-galaxy refuses the collection otherwise
  private static final Pattern GALAXY_NAME =
      Pattern.compile("(?!.*__)(?!(and|as|assert|async|await|break|class|continue|def|del|elif|else|except"
          + "|finally|for|from|global|if|import|in|is|lambda|nonlocal|not|or|pass|raise|return|try"
          + "|while|with|yield)$)[a-z][a-z0-9_]{1,63}");
  // semver.org's regular expression (2.0.0)
  private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
      + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
      + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

  private final Map<String, String> values;
  private final Path templates;
  private final List<String> targets;
  private final boolean descriptors;
  private final boolean timing;
  private final Path outputDir;
  private final boolean verify;

  private Options(Map<String, String> values, Path templates, List<String> targets, boolean descriptors,
      boolean timing, Path outputDir, boolean verify) {
    this.values = values;
    this.templates = templates;
    this.targets = targets;
    this.descriptors = descriptors;
    this.timing = timing;
    this.outputDir = outputDir;
    this.verify = verify;
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
    for (String key : List.of(ANSIBLE_NAMESPACE, ANSIBLE_NAME)) {
      String v = values.get(key);
      if (v != null && !GALAXY_NAME.matcher(v).matches()) {
        reporter.reportGlobal(Message.BAD_OPTION, key, v, "not a Galaxy collection " + (key.equals(ANSIBLE_NAME)
            ? "name" : "namespace") + ": lowercase letters, digits and single underscores, starting with a letter,"
            + " 2 to 64 characters, not a Python keyword");
        values.remove(key);
      }
    }
    String version = values.get(ANSIBLE_VERSION);
    if (version != null && !SEMVER.matcher(version).matches()) {
      reporter.reportGlobal(Message.BAD_OPTION, ANSIBLE_VERSION, version,
          "not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.0 or 1.2.0-rc.1)");
      values.remove(ANSIBLE_VERSION);
    }
    boolean descriptors = flag(values, DESCRIPTORS, true, reporter);
    boolean timing = flag(values, TIMING, false, reporter);
    Path outputDir = null;
    if (values.containsKey(OUTPUT_DIR)) {
      String v = values.get(OUTPUT_DIR);
      try {
        Path dir = v.isBlank() ? null : Path.of(v).toAbsolutePath().normalize();
        if (dir == null) {
          reporter.reportGlobal(Message.BAD_OPTION, OUTPUT_DIR, v, "expected a directory");
        } else if (Files.exists(dir) && !Files.isDirectory(dir)) {
          reporter.reportGlobal(Message.BAD_OPTION, OUTPUT_DIR, v, "exists and is not a directory: " + dir);
        } else {
          outputDir = dir;
        }
      } catch (java.nio.file.InvalidPathException e) {
        reporter.reportGlobal(Message.BAD_OPTION, OUTPUT_DIR, v, "not a path: " + e.getMessage());
      }
    }
    boolean verify = flag(values, VERIFY, false, reporter);
    if (verify && !values.containsKey(OUTPUT_DIR)) {
      reporter.reportGlobal(Message.BAD_OPTION, VERIFY, values.get(VERIFY),
          "verify compares the files of -A" + OUTPUT_DIR + "=DIR with what the compilation generates; give that"
              + " option too");
      verify = false;
    }
    for (String key : values.keySet()) {
      if (!SUPPORTED.contains(key)) {
        reporter.reportGlobal(Message.BAD_OPTION, key, values.get(key),
            "unknown option; known: " + String.join(", ", SUPPORTED.stream().sorted().toList()));
      }
    }
    return new Options(Map.copyOf(values), templates, targets, descriptors, timing, outputDir, verify);
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

  /** The directory of {@link #OUTPUT_DIR}, absolute, or null (then the files go to CLASS_OUTPUT). */
  public Path outputDir() {
    return outputDir;
  }

  /** Whether {@link #VERIFY} is on (only with an output directory). */
  public boolean verify() {
    return verify;
  }

  /** Whether to print the processor's time per phase (see {@link #TIMING}). */
  public boolean timing() {
    return timing;
  }
}
