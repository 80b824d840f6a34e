package dev.portcullis.format.ansible;

import dev.portcullis.format.RenderContext;

/**
 * The one Ansible collection of a build: {@code ansible/ansible_collections/<namespace>/<name>/},
 * so that users point {@code collections_path} at {@code ansible/}. Its namespace, name and version
 * are processor options (validated in {@code dev.portcullis.processor.Options}); a product's role is
 * {@code <namespace>.<name>.<product id>}.
 *
 * <p>Product ids are snake_case ({@code [a-z][a-z0-9]*(_[a-z0-9]+)*}), which is exactly what a
 * collection role name may hold, so a product's role is named after its id unchanged.
 */
record Collection(String namespace, String name, String version) {
  static final String NAMESPACE_OPTION = "portcullis.ansible.namespace";
  static final String NAME_OPTION = "portcullis.ansible.name";
  static final String VERSION_OPTION = "portcullis.ansible.version";
  static final String DEFAULT_NAMESPACE = "portcullis";
  static final String DEFAULT_NAME = "firewall";
  static final String DEFAULT_VERSION = "1.0.0";

  static Collection of(RenderContext context) {
    return new Collection(context.option(NAMESPACE_OPTION, DEFAULT_NAMESPACE),
        context.option(NAME_OPTION, DEFAULT_NAME), context.option(VERSION_OPTION, DEFAULT_VERSION));
  }

  /** {@code <namespace>.<name>}, the prefix of every plugin and role. */
  String fqcn() {
    return namespace + "." + name;
  }

  /** The collection's directory in the output, with a trailing slash. */
  String root() {
    return "ansible/ansible_collections/" + namespace + "/" + name + "/";
  }

  /** The role of a product inside the collection: the product id (see the class comment). */
  static String roleName(String productId) {
    return productId;
  }

  /** The directory of a product's role, with a trailing slash. */
  String roleDir(String productId) {
    return root() + "roles/" + roleName(productId) + "/";
  }

  /** What role templates may name besides their own view. */
  Scope scope(String productId) {
    return new Scope(fqcn(), namespace, name, version, roleName(productId), fqcn() + "." + roleName(productId));
  }

  /**
   * The names of the collection in a template's scope.
   *
   * @param collection {@code <namespace>.<name>}, the prefix of the filters
   * @param roleName the role's name inside the collection (null for the collection's own files)
   * @param roleFqcn {@code <namespace>.<name>.<role>} (null for the collection's own files)
   */
  record Scope(String collection, String collectionNamespace, String collectionName, String collectionVersion,
      String roleName, String roleFqcn) {}
}
