package dev.portcullis.render;

/** A template that cannot be read, parsed or rendered; names the template and the cause. */
public final class TemplateException extends RuntimeException {
  private final String template;

  public TemplateException(String template, String detail, Throwable cause) {
    super(detail, cause);
    this.template = template;
  }

  public String template() {
    return template;
  }
}
