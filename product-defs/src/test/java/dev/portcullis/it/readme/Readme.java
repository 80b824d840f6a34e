package dev.portcullis.it.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced blocks of the repository's README.md, each named by the marker on the line before
 * its opening fence: {@code <!-- snippet: fresh-clone -->}, or, for the few blocks no test can
 * run here, {@code <!-- snippet: gradle-build not-run: Gradle is not installed -->}. Tests read
 * a block's text here and run that text, so the README and the tests cannot drift apart.
 */
public final class Readme {
  /** Where the README is, seen from product-defs (the working directory of its tests). */
  public static final Path PATH = Path.of("..", "README.md");

  private static final Pattern MARKER = Pattern.compile("<!-- snippet: ([a-z0-9][a-z0-9-]*)(?: not-run: (.+?))? -->");
  private static final Pattern STRAY = Pattern.compile("<!-- snippet: ?([^ ]*)");
  private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,})\\s*([^`\\s]*).*");

  /**
   * One fenced block.
   *
   * @param id the marker's id, or null when the line before the fence is no marker
   * @param line the README line of the opening fence (1-based)
   * @param notRun the marker's reason why no test runs the block, or null
   */
  public record Snippet(String id, String language, String text, int line, String notRun) {
    /** "README.md:33" with the id, for messages. */
    public String where() {
      return "README.md:" + line + (id == null ? "" : " (snippet '" + id + "')");
    }
  }

  /** A marker that is not on the line before an opening fence. */
  public record StrayMarker(String id, int line) {}

  private final List<Snippet> snippets;
  private final List<StrayMarker> strayMarkers;

  private Readme(List<Snippet> snippets, List<StrayMarker> strayMarkers) {
    this.snippets = snippets;
    this.strayMarkers = strayMarkers;
  }

  public static Readme load() {
    try {
      return parse(Files.readString(PATH, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + PATH.toAbsolutePath().normalize(), e);
    }
  }

  /** The text of the block with this id (its lines between the fences, each ending in a newline). */
  public static String snippet(String id) {
    return load().find(id).orElseThrow(() -> new AssertionError("README.md has no fenced block marked"
        + " <!-- snippet: " + id + " --> (a test runs it: put the marker back on the line before its fence)")).text();
  }

  public Optional<Snippet> find(String id) {
    return snippets.stream().filter(s -> id.equals(s.id())).findFirst();
  }

  public List<Snippet> snippets() {
    return snippets;
  }

  public List<StrayMarker> strayMarkers() {
    return strayMarkers;
  }

  static Readme parse(String text) {
    List<String> lines = text.lines().toList();
    List<Snippet> snippets = new ArrayList<>();
    List<StrayMarker> stray = new ArrayList<>();
    List<Integer> markerLines = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher fence = FENCE.matcher(lines.get(i));
      if (!fence.matches()) {
        continue;
      }
      String opening = fence.group(1);
      int close = i + 1;
      while (close < lines.size() && !isClosing(lines.get(close), opening)) {
        close++;
      }
      StringBuilder body = new StringBuilder();
      for (String line : lines.subList(i + 1, Math.min(close, lines.size()))) {
        body.append(line).append('\n');
      }
      String id = null;
      String notRun = null;
      if (i > 0) {
        Matcher marker = MARKER.matcher(lines.get(i - 1).strip());
        if (marker.matches()) {
          id = marker.group(1);
          notRun = marker.group(2);
          markerLines.add(i - 1);
        }
      }
      snippets.add(new Snippet(id, fence.group(2), body.toString(), i + 1, notRun));
      i = close;
    }
    for (int i = 0; i < lines.size(); i++) {
      Matcher marker = STRAY.matcher(lines.get(i).strip());
      if (marker.lookingAt() && !markerLines.contains(i)) {
        stray.add(new StrayMarker(marker.group(1), i + 1));
      }
    }
    return new Readme(List.copyOf(snippets), List.copyOf(stray));
  }

  private static boolean isClosing(String line, String opening) {
    String stripped = line.strip();
    return stripped.length() >= opening.length() && stripped.chars().allMatch(c -> c == opening.charAt(0))
        && line.length() - line.stripLeading().length() <= 3;
  }
}
