package dev.portcullis.hostile;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML the way Ansible does: YAML 1.1 implicit typing (SnakeYAML resolves {@code yes},
 * {@code 20:21}, {@code 0644}, timestamps exactly as PyYAML does), safe types only, duplicate keys
 * refused, and Ansible's {@code !unsafe} tag (text Jinja must not template) kept as {@link Unsafe}.
 */
final class Yaml11 {
  private Yaml11() {}

  /** A scalar tagged {@code !unsafe}: Ansible never templates it. */
  record Unsafe(String value) {}

  static List<Object> loadAll(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setCodePointLimit(64 * 1024 * 1024);
    SafeConstructor constructor = new AnsibleConstructor(options);
    List<Object> documents = new ArrayList<>();
    new Yaml(constructor).loadAll(text).forEach(documents::add);
    return documents;
  }

  private static final class AnsibleConstructor extends SafeConstructor {
    AnsibleConstructor(LoaderOptions options) {
      super(options);
      yamlConstructors.put(new Tag("!unsafe"), new AbstractConstruct() {
        @Override
        public Object construct(Node node) {
          return new Unsafe(constructScalar((ScalarNode) node));
        }
      });
    }
  }
}
