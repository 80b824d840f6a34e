package dev.portcullis.format.docs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A structural check of the Mermaid flowchart the page embeds: every line is one of the few
 * statement shapes the template writes, every label is one quoted string free of the characters
 * Mermaid would parse, and every arrow joins declared nodes. (The real Mermaid parser accepts all
 * of it too: see the docs target's README section; this check runs without Node.)
 */
final class MermaidShape {
  private static final String ID = "[A-Za-z][A-Za-z0-9_]*";
  /** Inside a quoted label: no quote, backtick, pipe, raw angle bracket except our line breaks, no bare '#'. */
  private static final String LABEL = "\"(?:[^\"`|<>#\\\\&]|<br/>|#(?:quot|amp|lt|gt|\\d+);)*\"";
  private static final Pattern NODE = Pattern.compile("\\s*(" + ID + ")(?:\\[" + LABEL + "\\]|\\(\\[" + LABEL + "\\]\\))");
  private static final Pattern SUBGRAPH = Pattern.compile("\\s*subgraph (" + ID + ")\\[" + LABEL + "\\]");
  private static final Pattern EDGE =
      Pattern.compile("\\s*(" + ID + ") (-->|<-->|-\\.->|<-\\.->)\\|" + LABEL + "\\| (" + ID + ")");
  private static final Pattern CLASS_DEF = Pattern.compile("\\s*classDef [a-z]+ [a-z-]+:[#a-z0-9]+(,[a-z-]+:[#a-z0-9]+)*");
  private static final Pattern CLASS = Pattern.compile("\\s*class (" + ID + "(?:," + ID + ")*) [a-z]+");

  private MermaidShape() {}

  /** The body of the first {@code ```mermaid} block of a Markdown page. */
  static String block(String page) {
    int start = page.indexOf("```mermaid\n");
    if (start < 0) {
      throw new AssertionError("no mermaid block");
    }
    int end = page.indexOf("\n```", start + 11);
    return page.substring(start + 11, end + 1);
  }

  /** The problems found; empty when the diagram has the expected shape. */
  static List<String> problems(String diagram) {
    List<String> problems = new ArrayList<>();
    String[] lines = diagram.split("\n");
    if (lines.length == 0 || !lines[0].equals("flowchart LR")) {
      problems.add("first line is not 'flowchart LR'");
    }
    Set<String> nodes = new HashSet<>();
    List<String[]> edges = new ArrayList<>();
    int depth = 0;
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      Matcher m;
      if ((m = SUBGRAPH.matcher(line)).matches()) {
        depth++;
        nodes.add(m.group(1));
      } else if (line.strip().equals("end")) {
        depth--;
      } else if ((m = NODE.matcher(line)).matches()) {
        if (!nodes.add(m.group(1))) {
          problems.add("node declared twice: " + line);
        }
      } else if ((m = EDGE.matcher(line)).matches()) {
        edges.add(new String[] {m.group(1), m.group(3)});
      } else if (!CLASS_DEF.matcher(line).matches() && !CLASS.matcher(line).matches()) {
        problems.add("line " + (i + 1) + " has no known shape: " + line);
      }
    }
    if (depth != 0) {
      problems.add("subgraph/end unbalanced");
    }
    for (String[] edge : edges) {
      for (String end : edge) {
        if (!nodes.contains(end)) {
          problems.add("arrow to undeclared node " + end);
        }
      }
    }
    return problems;
  }
}
