package dev.portcullis.hostile;

import java.util.function.UnaryOperator;

/**
 * How a target may change a text at one place in its output. Given the twin's string there
 * (texts replaced by markers) it computes the string the target must have written for the
 * hostile product; {@link #normalize} applies to both sides first (e.g. Markdown, whose reader
 * folds runs of spaces).
 */
@FunctionalInterface
interface Reduction {
  String expected(String twin, Texts texts);

  default String normalize(String s) {
    return s;
  }

  /** Why {@code hostile} is not what the target must write here, or null when it is. */
  default String problem(String hostile, String twin, Texts texts) {
    String want = normalize(expected(twin, texts));
    String got = normalize(hostile);
    return got.equals(want) ? null : "text " + TextCheck.quote(got) + " is not the input " + TextCheck.quote(want);
  }

  /** The text itself, wherever the twin has its marker. */
  Reduction LITERAL = (twin, texts) -> texts.substitute(twin, UnaryOperator.identity());

  /** Each text changed by {@code rule} before it joins the string. */
  static Reduction perText(UnaryOperator<String> rule) {
    return (twin, texts) -> texts.substitute(twin, rule);
  }

  /** The whole string changed by {@code rule} after the texts joined it. */
  default Reduction then(UnaryOperator<String> rule) {
    Reduction inner = this;
    return new Reduction() {
      @Override
      public String expected(String twin, Texts texts) {
        return rule.apply(inner.expected(twin, texts));
      }

      @Override
      public String normalize(String s) {
        return inner.normalize(s);
      }
    };
  }

  /** Compares both sides after {@code normalizer}. */
  default Reduction comparedAs(UnaryOperator<String> normalizer) {
    Reduction inner = this;
    return new Reduction() {
      @Override
      public String expected(String twin, Texts texts) {
        return inner.expected(twin, texts);
      }

      @Override
      public String normalize(String s) {
        return normalizer.apply(inner.normalize(s));
      }
    };
  }
}
