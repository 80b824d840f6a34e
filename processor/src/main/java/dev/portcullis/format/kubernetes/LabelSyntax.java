package dev.portcullis.format.kubernetes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Kubernetes label key and value syntax (k8s.io/apimachinery validation). */
final class LabelSyntax {
  private static final Pattern NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  private LabelSyntax() {}

  /** A qualified name: {@code [prefix/]name}, prefix a DNS subdomain of at most 253. */
  static boolean isLabelKey(String key) {
    int slash = key.indexOf('/');
    String name = slash < 0 ? key : key.substring(slash + 1);
    if (slash >= 0) {
      String prefix = key.substring(0, slash);
      if (prefix.isEmpty() || prefix.length() > 253 || !DNS_SUBDOMAIN.matcher(prefix).matches()) {
        return false;
      }
    }
    return !name.isEmpty() && name.length() <= 63 && NAME.matcher(name).matches();
  }

  /** A label value: empty, or at most 63 of {@code [-A-Za-z0-9_.]} starting and ending alphanumeric. */
  static boolean isLabelValue(String value) {
    return value.isEmpty() || (value.length() <= 63 && NAME.matcher(value).matches());
  }

  /** A {@code key=value} entry that is not a label, and why. */
  record Problem(String entry, String reason) {}

  /** The problems of a list of {@code key=value} labels (syntax, a key given twice); empty when none. */
  static List<Problem> problems(List<String> entries) {
    List<Problem> problems = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (String entry : entries) {
      int eq = entry.indexOf('=');
      if (eq < 0) {
        problems.add(new Problem(entry, "expected key=value"));
        continue;
      }
      String key = entry.substring(0, eq);
      String value = entry.substring(eq + 1);
      if (!isLabelKey(key)) {
        problems.add(new Problem(entry, "'" + key + "' is not a label key ([prefix/]name)"));
      } else if (!isLabelValue(value)) {
        problems.add(new Problem(entry,
            "'" + value + "' is not a label value (at most 63 of A-Z a-z 0-9 - _ . starting and ending alphanumeric)"));
      } else if (!keys.add(key)) {
        problems.add(new Problem(entry, "label key '" + key + "' is given twice"));
      }
    }
    return problems;
  }

  /** The labels of {@code key=value} entries (an entry without {@code =}, refused by {@link #problems}, is a key). */
  static List<Label> labels(List<String> entries) {
    return entries.stream().map(e -> {
      int eq = e.indexOf('=');
      return eq < 0 ? new Label(e, "") : new Label(e.substring(0, eq), e.substring(eq + 1));
    }).toList();
  }
}
