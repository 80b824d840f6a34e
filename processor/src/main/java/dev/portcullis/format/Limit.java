package dev.portcullis.format;

/**
 * Something a target cannot express for a product, declared by the target itself: the docs
 * page's "could not express" table and the build warnings are both computed from these, so
 * neither can miss a gap the target knows of.
 *
 * @param target the target or backend, as the docs page names it ("Ansible, ufw backend")
 * @param subject what the limit is about, e.g. "flow ping on node (ICMP echo request)"
 * @param instead what the generated code does instead
 * @param warning the build warning, or null when the page alone says it
 */
public record Limit(String target, String subject, String instead, Finding warning) {
  public static Limit documented(String target, String subject, String instead) {
    return new Limit(target, subject, instead, null);
  }
}
