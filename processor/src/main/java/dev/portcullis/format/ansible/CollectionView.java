package dev.portcullis.format.ansible;

import java.util.List;

/**
 * The scope of the collection's own files (galaxy.yml, meta/runtime.yml, the filter plugin, the
 * collection README): names only, every one validated, so templates may write them raw.
 *
 * @param headerYaml the generated-file header as {@code #} comment lines (YAML and Python)
 * @param headerHtml the header for an HTML comment (Markdown)
 */
record CollectionView(String collection, String collectionNamespace, String collectionName,
    String collectionVersion, String headerYaml, String headerHtml) {

  /** The files, relative to the collection's directory, each rendered from {@code collection/<file>.mustache}. */
  static final List<String> FILES = List.of("galaxy.yml", "meta/runtime.yml", "README.md", "CHANGELOG.md",
      "plugins/filter/plan.py", "plugins/filter/plan.yml", "plugins/filter/controller.yml",
      "plugins/filter/local_subnets.yml", "plugins/filter/ufw_reconcile.yml", "plugins/filter/warn.yml",
      "tests/unit/plugins/filter/test_plan.py", "plugins/filter/nft_firewalld.py", "plugins/filter/nftables.yml",
      "plugins/filter/firewalld.yml", "tests/unit/plugins/filter/test_nft_firewalld.py");

  static CollectionView of(Collection collection, String header) {
    return new CollectionView(collection.fqcn(), collection.namespace(), collection.name(), collection.version(),
        YamlText.commentBlock(header, 0), header.replace("--", "- -"));
  }

  public String headerPython() {
    return headerYaml;
  }
}
