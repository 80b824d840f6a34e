package dev.portcullis.format.terraform;

/** The scope of {@code main.tf.mustache} and the module's other fixed files. */
public record MainView(String header, String titleComment) {
  static String pad(String name, int width) {
    return name + " ".repeat(Math.max(0, width - name.length()));
  }
}
