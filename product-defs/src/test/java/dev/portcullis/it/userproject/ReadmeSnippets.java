package dev.portcullis.it.userproject;

import dev.portcullis.it.readme.Readme;

/**
 * The Maven configuration of the README's section "Use Portcullis in your own repository", read
 * from README.md itself, which {@link ScratchUserProjectTest} builds a project from.
 */
final class ReadmeSnippets {
  private ReadmeSnippets() {}

  static final String PROPERTIES = Readme.snippet("maven-properties");
  static final String DEPENDENCY = Readme.snippet("maven-dependency");
  static final String PLUGINS = Readme.snippet("maven-plugins");
}
