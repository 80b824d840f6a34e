package dev.portcullis.hostile;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Free text as people paste it from vendor documents, at its worst: quotes, backslashes,
 * template and interpolation openers of every target language, line breaks, YAML indicators and
 * YAML 1.1 implicit types at the start and end, leading and trailing spaces, control characters,
 * non-ASCII (accents, CJK, emoji with modifiers, right-to-left marks, line separators) and very
 * long strings.
 */
final class HostileText {
  private HostileText() {}

  /** Pieces that break a naive generator somewhere; each is tried alone and in combination. */
  static final List<String> TRAPS = List.of(
      // quotes and escapes of every language
      "\"", "'", "''", "\\", "\\\\", "\\n", "\\u0041", "\\user", "\\x41", "\\'", "\\\"",
      // interpolation and template openers: Terraform, Jinja/Ansible, Mustache, shell, JavaPoet
      "${", "${var.x}", "$${", "%{", "%{ if true }", "%%{", "{{", "}}", "{{ x }}", "{%", "%}", "{#", "#}",
      "{{{", "}}}", "$(id)", "`id`", "$", "$$", "$L", "$S", "%s", "%n", "%d", "{}", "{0}",
      // line structure
      "\n", "\r", "\r\n", "\n\n", "\t", " ", "  ", "\u000b", "\f", "\u0085", "\u2028", "\u2029",
      // YAML indicators and documents
      ": ", ":", "#", " #", "- ", "-", "? ", "?", "|", "|-", ">", ">-", "!", "!!str", "!!python/object", "&a",
      "*a", "%", "@", "`", "---", "...", "[", "]", "{", "}", ",", "<<", "=",
      // YAML 1.1 implicit types
      "yes", "No", "on", "OFF", "y", "n", "~", "null", "true", "20:21", "0644", "0x1F", "1e3", ".inf", "-.5",
      "2001-12-14", "1_000",
      // Markdown, HTML, Mermaid
      "*", "**", "_", "__", "<", ">", "<script>", "<!--", "-->", "&amp;", "&#124;", "\\|", "[x](y)", "](", "~~",
      "1. ", "+ ", "===", "```", "(", ")", "((", "))", "[[", "]]", "\"]", ";", "-->|x|", "%%", "click",
      // HCL and shell
      "<<EOT", "EOT", "/*", "*/", "//", "&&", "||", ";", "\u0000", "\u0007", "\u001b[31m", "\u007f",
      // Java source and comments
      "\\u002a/", "\\u000a", "@param", "{@link x}", "/**",
      // non-ASCII
      "é", "ñ", "Ünïcödé", "ß", "中文", "日本語のテキスト", "한국어", "😀", "👍🏽", "👨‍👩‍👧", "🇩🇪", "\u200f", "\u202e",
      "\u200b", "\ufeff", "\u00a0", "עברית", "العربية", "Ω≈ç√", "\ud834\udd1e");

  /** Any free text: mostly short and hostile, sometimes empty, sometimes 1-3k characters. */
  static Arbitrary<String> any() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, Arbitraries.just("")),
        net.jqwik.api.Tuple.of(3, Arbitraries.of(TRAPS)),
        net.jqwik.api.Tuple.of(20, mixed()),
        net.jqwik.api.Tuple.of(3, wrapped()),
        net.jqwik.api.Tuple.of(2, longText()));
  }

  /** Free text that must not be empty (a product title, a service name). */
  static Arbitrary<String> nonEmpty() {
    return any().map(s -> s.isEmpty() ? "x" : s);
  }

  /** Plain words mixed with traps, in any order. */
  static Arbitrary<String> mixed() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, word()),
        net.jqwik.api.Tuple.of(4, Arbitraries.of(TRAPS)),
        net.jqwik.api.Tuple.of(1, unicodeRun()));
    return piece.list().ofMinSize(1).ofMaxSize(12).map(parts -> String.join("", parts));
  }

  /** Text whose first and last characters are YAML indicators or spaces. */
  static Arbitrary<String> wrapped() {
    Arbitrary<String> edge = Arbitraries.of(
        " ", "  ", "\t", "\n", ": ", "# ", "- ", "? ", "|", ">", "!", "&", "*", "%", "@", "`", "'", "\"", "{", "[",
        "$", "\\", "-", ":");
    return Combinators.combine(edge, mixed(), edge).as((a, b, c) -> a + b + c);
  }

  /** 1,000 to 3,000 characters: AWS, iptables and ufw limits, and line folding. */
  static Arbitrary<String> longText() {
    return Combinators.combine(mixed(), Arbitraries.integers().between(1000, 3000))
        .as((seed, length) -> {
          StringBuilder out = new StringBuilder(length + 16);
          String unit = seed + " ";
          while (out.length() < length) {
            out.append(unit);
          }
          // never cut a surrogate pair in two: the text stays valid Unicode
          int end = length;
          if (Character.isHighSurrogate(out.charAt(end - 1))) {
            end--;
          }
          return out.substring(0, end);
        });
  }

  private static Arbitrary<String> word() {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
        .withChars(' ', '.', ',', '-', '/').ofMinLength(1).ofMaxLength(12);
  }

  /** Printable non-ASCII from a few scripts (no lone surrogates: javac would not give them). */
  private static Arbitrary<String> unicodeRun() {
    return Arbitraries.strings()
        .withCharRange('\u00a0', '\u024f')
        .withCharRange('\u0370', '\u03ff')
        .withCharRange('\u0590', '\u06ff')
        .withCharRange('\u2000', '\u206f')
        .withCharRange('\u3040', '\u30ff')
        .withCharRange('\u4e00', '\u4e40')
        .ofMinLength(1).ofMaxLength(6);
  }
}
