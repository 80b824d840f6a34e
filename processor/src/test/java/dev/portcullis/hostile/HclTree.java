package dev.portcullis.hostile;

import dev.portcullis.hostile.HclReader.Kind;
import dev.portcullis.hostile.HclReader.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * An HCL file as {@link TextCheck} compares it: its tokens in order, where each string is
 * {@code {context: decoded}} and the context names the blocks, attributes and brackets around
 * it ({@code resource aws_security_group server>description}), so a reduction rule can tell an
 * AWS description from a variable's description, and a text that opens or closes a block or
 * attribute changes every later context.
 */
final class HclTree {
  private HclTree() {}

  static List<Object> parse(String source) {
    List<Token> tokens = HclReader.tokens(source);
    List<Object> out = new ArrayList<>();
    Deque<Frame> frames = new ArrayDeque<>();
    frames.push(new Frame("", true));
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Frame frame = frames.peek();
      if (t.kind() == Kind.IDENTIFIER && i + 1 < tokens.size() && tokens.get(i + 1).text().equals("=")) {
        frame.attribute = t.text();
      }
      if (t.kind() == Kind.PUNCT && (t.text().equals("{") || t.text().equals("[") || t.text().equals("("))) {
        // a brace right after a word or label opens a block (resource "x" "y" {); else an expression
        Token previous = i > 0 ? tokens.get(i - 1) : null;
        boolean block = t.text().equals("{") && previous != null
            && (previous.kind() == Kind.IDENTIFIER || previous.kind() == Kind.STRING);
        String name = block ? header(tokens, i) : frame.attribute == null ? t.text() : frame.attribute;
        frames.push(new Frame(frame.path.isEmpty() ? name : frame.path + ">" + name, block));
      } else if (t.kind() == Kind.PUNCT && (t.text().equals("}") || t.text().equals("]") || t.text().equals(")"))) {
        if (frames.size() == 1) {
          throw new HclReader.HclSyntaxException("unbalanced " + t.text(), t.line());
        }
        Frame closed = frames.pop();
        if (closed.block) {
          frames.peek().attribute = null;
        }
      }
      if (t.kind() == Kind.STRING) {
        String context = (frame.path.isEmpty() ? "" : frame.path + ">") + (frame.attribute == null ? "label" : frame.attribute);
        out.add(Map.of(context, t.text()));
      } else {
        out.add(t.kind() + " " + t.text());
      }
    }
    if (frames.size() != 1) {
      throw new HclReader.HclSyntaxException("unclosed block or bracket", tokens.get(tokens.size() - 1).line());
    }
    return out;
  }

  /** The words before a block's brace on its line: {@code resource aws_security_group x}. */
  private static String header(List<Token> tokens, int brace) {
    int line = tokens.get(brace).line();
    StringBuilder out = new StringBuilder();
    for (int j = brace - 1; j >= 0 && tokens.get(j).line() == line
        && (tokens.get(j).kind() == Kind.IDENTIFIER || tokens.get(j).kind() == Kind.STRING); j--) {
      out.insert(0, out.length() == 0 ? tokens.get(j).text() : tokens.get(j).text() + " ");
    }
    return out.length() == 0 ? "{" : out.toString();
  }

  private static final class Frame {
    final String path;
    final boolean block;
    String attribute;

    Frame(String path, boolean block) {
      this.path = path;
      this.block = block;
    }
  }
}
