package dev.portcullis.hostile;

import dev.portcullis.model.Product;
import dev.portcullis.model.Variable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Where each target documents that it changes a text instead of copying it, and how; everywhere
 * else a text must come out literally. Each rule is written here from the target's documentation
 * (not by calling the target's code), so a target that drifts from what it documents fails.
 */
final class TargetRules {
  private TargetRules() {}

  static TextCheck.Rules of(String target, Product product) {
    TextCheck.Rules rules = switch (target) {
      case "terraform" -> terraform(product);
      default -> TextCheck.Rules.LITERAL;
    };
    // every Markdown page (docs, module and manifest READMEs) is prose for people; the docs
    // page's Mermaid diagram (the only code block with text in it) is prose in Mermaid's escapes
    if (target.equals("docs")) {
      return (file, path) -> path.endsWith("/literal") ? mermaidProse() : prose();
    }
    return (file, path) -> file.endsWith(".md") ? prose() : rules.at(file, path);
  }

  /**
   * A label of the docs page's Mermaid flowchart (docs target, MermaidText): prose inside a
   * quoted label, where Mermaid decodes {@code #name;} and {@code #number;} entity codes in one
   * pass and {@code <br/>} is a line break the target may put between any two words (it wraps
   * long labels); the target writes {@code " # & < > ` | \} as entity codes. So line breaks of
   * both sides count as spaces, the hostile side is decoded once, then both compare as prose.
   */
  static Reduction mermaidProse() {
    Reduction prose = prose();
    return new Reduction() {
      @Override
      public String expected(String twin, Texts texts) {
        return prose.expected(lineBreaksAsSpaces(twin), texts);
      }

      @Override
      public String normalize(String s) {
        return prose.normalize(s);
      }

      @Override
      public String problem(String hostile, String twin, Texts texts) {
        String shape = mermaidShape(hostile);
        if (!shape.equals(mermaidShape(twin))) {
          return "the diagram's statements changed: " + TextCheck.quote(shape);
        }
        return prose.problem(decodeMermaid(lineBreaksAsSpaces(hostile)), lineBreaksAsSpaces(twin), texts);
      }
    };
  }

  /**
   * The diagram with every quoted label reduced to {@code "L"}: a text that put a raw quote,
   * line break or statement into a label changes it (the twin's labels are plain markers).
   */
  static String mermaidShape(String mermaid) {
    return mermaid.replaceAll("\"[^\"\n]*\"", "\"L\"");
  }

  private static String lineBreaksAsSpaces(String mermaid) {
    return mermaid.replace("<br/>", " ");
  }

  /** Mermaid's entity codes, decoded in one pass as Mermaid does. */
  static String decodeMermaid(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("#(\\w+);").matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String code = m.group(1);
      String decoded = switch (code) {
        case "quot" -> "\"";
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        default -> code.chars().allMatch(Character::isDigit)
            ? new String(Character.toChars(Integer.parseInt(code))) : m.group();
      };
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(decoded));
    }
    return m.appendTail(out).toString();
  }

  // ---------------------------------------------------------------- prose and Markdown

  /**
   * Prose for people (Markdown pages, Terraform descriptions): every character of a text comes
   * out literally and in order, but whitespace is the target's to lay out (Literals.markdownText
   * turns line breaks and control characters into spaces and strips a text's ends, prose strips
   * a text before quoting it, and the reader of Markdown folds runs of spaces), and a text may
   * end a sentence with its own period (or get one more). So both sides are compared without
   * whitespace and control characters.
   */
  static Reduction prose() {
    return new Reduction() {
      @Override
      public String expected(String twin, Texts texts) {
        return texts.substitute(twin, UnaryOperator.identity());
      }

      @Override
      public String normalize(String s) {
        return withoutSpaces(s);
      }

      @Override
      public String problem(String hostile, String twin, Texts texts) {
        String sentences = withoutSpaces(texts.substituteSentences(twin, UnaryOperator.identity()));
        return withoutSpaces(hostile).equals(sentences) ? null : Reduction.super.problem(hostile, twin, texts);
      }
    };
  }

  static String withoutSpaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars().filter(c -> !(c < 0x20 || c == 0x7f || c == 0x85 || Character.isWhitespace(c)))
        .forEach(c -> out.append((char) c));
    return out.toString();
  }

  /** Literals.markdownText applied to one text alone (line breaks become spaces, ends stripped). */
  static String markdown(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars().forEach(c -> out.append(c < 0x20 ? ' ' : (char) c));
    return out.toString().replaceAll("^ +| +$", "");
  }

  // ---------------------------------------------------------------- Terraform

  /**
   * The Terraform target (README "Descriptions" and AwsDescription): rule and group descriptions
   * are AWS-reduced; a rule serving several flows joins their distinct descriptions with
   * {@code "; "}; a flow's description is {@code service: purpose}, or the service alone when the
   * purpose is empty or repeats it. Descriptions of the model's variables are literal; other
   * descriptions are prose.
   */
  static TextCheck.Rules terraform(Product product) {
    Set<String> modelVariables = product.variables().stream().map(Variable::name).collect(Collectors.toSet());
    return (file, path) -> {
      if (file.endsWith(".md")) {
        return prose();
      }
      if (path.endsWith(">description") && path.contains("locals>")) {
        return new AwsRuleDescription();
      }
      if (path.endsWith(">group_description") && path.contains("locals>components>")) {
        return Reduction.LITERAL.then(TargetRules::awsGroup);
      }
      if (path.contains("variable ") && path.endsWith(">description")) {
        String variable = path.substring(path.indexOf("variable ") + "variable ".length(), path.lastIndexOf('>'));
        if (modelVariables.contains(variable)) {
          return Reduction.LITERAL;
        }
      }
      return prose();
    };
  }

  /**
   * A rule's description: one flow's description AWS-reduced; for a rule that serves several
   * flows (the twin joins their markers with {@code "; "}), an AWS-valid text that holds each
   * flow's own description (each of its {@code "; "} fragments, since the planner re-splits on
   * them), as long as the joined text fits AWS's 255 characters.
   */
  static final class AwsRuleDescription implements Reduction {
    @Override
    public String expected(String twin, Texts texts) {
      return aws(flowDescription(twin, texts));
    }

    @Override
    public String problem(String hostile, String twin, Texts texts) {
      if (!twin.contains("; ")) {
        return Reduction.super.problem(hostile, twin, texts);
      }
      if (!aws(hostile).equals(hostile)) {
        return "rule description " + TextCheck.quote(hostile) + " is not AWS-valid";
      }
      List<String> parts = new ArrayList<>();
      for (String flow : twin.split("; ")) {
        parts.add(aws(flowDescription(flow, texts)));
      }
      if (String.join("; ", parts).length() > 255) {
        return null;
      }
      for (String part : parts) {
        for (String fragment : part.split("; ")) {
          if (!hostile.contains(fragment)) {
            return "rule description " + TextCheck.quote(hostile) + " lost " + TextCheck.quote(fragment);
          }
        }
      }
      return null;
    }
  }

  private static String flowDescription(String twin, Texts texts) {
    List<String> markers = texts.markers(twin);
    if (markers.size() == 2 && twin.equals(markers.get(0) + ": " + markers.get(1))) {
      String service = texts.of(markers.get(0));
      String purpose = texts.of(markers.get(1)).strip();
      return purpose.equalsIgnoreCase(service.strip()) ? service : service + ": " + purpose;
    }
    return texts.substitute(twin, String::strip);
  }

  /**
   * AwsDescription, as its Javadoc and every module's README state it: accents dropped,
   * {@code < >} become {@code ( )}, {@code |} becomes {@code /}, quotes and backticks removed,
   * every character outside {@code a-zA-Z0-9 ._-:/()#,@[]+=&;{}!$*} becomes a space, runs of
   * spaces collapse, the ends are trimmed and the text is cut to 255 characters.
   */
  /** A group's description: {@link #aws}, cut to 235 characters (room for main.tf's " (rules part N)"). */
  static String awsGroup(String text) {
    String reduced = aws(text);
    return reduced.length() > 235 ? reduced.substring(0, 235).stripTrailing() : reduced;
  }

  static String aws(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder();
    for (char c : decomposed.toCharArray()) {
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case '<' -> out.append('(');
        case '>' -> out.append(')');
        case '|' -> out.append('/');
        case '\'', '"', '`' -> { }
        default -> out.append(c < 128 && (Character.isLetterOrDigit(c) || " ._-:/()#,@[]+=&;{}!$*".indexOf(c) >= 0) ? c : ' ');
      }
    }
    String collapsed = out.toString().replaceAll(" +", " ").strip();
    return collapsed.length() > 255 ? collapsed.substring(0, 255).stripTrailing() : collapsed;
  }
}
