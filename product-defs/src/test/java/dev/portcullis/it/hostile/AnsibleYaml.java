package dev.portcullis.it.hostile;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML as Ansible does: YAML 1.1 implicit types (SnakeYAML resolves them as PyYAML does),
 * safe types only, duplicate keys refused, and Ansible's {@code !unsafe} scalars read as the plain
 * text they hold.
 */
final class AnsibleYaml {
  private AnsibleYaml() {}

  static Object load(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    return new Yaml(new UnsafeAsText(options)).load(text);
  }

  private static final class UnsafeAsText extends SafeConstructor {
    UnsafeAsText(LoaderOptions options) {
      super(options);
      yamlConstructors.put(new Tag("!unsafe"), new AbstractConstruct() {
        @Override
        public Object construct(Node node) {
          return constructScalar((ScalarNode) node);
        }
      });
    }
  }
}
