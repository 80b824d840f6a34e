package dev.portcullis.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown as GitHub does (CommonMark with GFM tables) into plain maps and lists, so
 * {@link TextCheck} can compare a hostile page with its twin: every block and inline element
 * keeps its type, consecutive text is merged, and a table cell is its own node, so a text that
 * adds a column, a row, a list, a heading or markup changes the tree.
 */
final class MarkdownTree {
  private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private MarkdownTree() {}

  static Object parse(String markdown) {
    return node(PARSER.parse(markdown));
  }

  private static Object node(Node node) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", node.getClass().getSimpleName());
    if (node instanceof Heading h) {
      out.put("level", h.getLevel());
    } else if (node instanceof FencedCodeBlock f) {
      out.put("info", f.getInfo());
      out.put("literal", f.getLiteral());
      return out;
    } else if (node instanceof IndentedCodeBlock i) {
      out.put("literal", i.getLiteral());
      return out;
    } else if (node instanceof HtmlBlock h) {
      out.put("literal", h.getLiteral());
      return out;
    } else if (node instanceof Code c) {
      out.put("literal", c.getLiteral());
      return out;
    } else if (node instanceof HtmlInline h) {
      out.put("literal", h.getLiteral());
      return out;
    } else if (node instanceof Link l) {
      out.put("destination", l.getDestination());
      out.put("title", String.valueOf(l.getTitle()));
    } else if (node instanceof TableCell c) {
      out.put("header", c.isHeader());
    }
    List<Object> children = new ArrayList<>();
    StringBuilder text = null;
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text t) {
        text = text == null ? new StringBuilder() : text;
        text.append(t.getLiteral());
        continue;
      }
      if (text != null) {
        children.add(text.toString());
        text = null;
      }
      children.add(node(child));
    }
    if (text != null) {
      children.add(text.toString());
    }
    out.put("children", children);
    return out;
  }
}
