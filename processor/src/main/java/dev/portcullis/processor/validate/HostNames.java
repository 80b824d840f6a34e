package dev.portcullis.processor.validate;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Host names of a zone (RFC 1123): labels of 1-63 letters, digits and hyphens, not starting or
 * ending with a hyphen, at most 253 characters in all, no trailing dot. A leading {@code "*."}
 * stands for one more label of any name, as Cilium's {@code toFQDNs.matchPattern} reads it.
 */
public final class HostNames {
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?");
  public static final String WILDCARD = "*.";

  private HostNames() {}

  /** Why {@code name} is not a host name, or empty when it is one. */
  public static Optional<String> problem(String name) {
    String host = name.startsWith(WILDCARD) ? name.substring(WILDCARD.length()) : name;
    if (host.isEmpty()) {
      return Optional.of("it is empty");
    }
    if (host.endsWith(".")) {
      return Optional.of("write it without the trailing dot");
    }
    if (host.length() > 253) {
      return Optional.of("it is longer than 253 characters");
    }
    if (host.contains("*")) {
      return Optional.of("a wildcard is only allowed as a leading '*.'");
    }
    for (String label : host.split("\\.", -1)) {
      if (!LABEL.matcher(label).matches()) {
        return Optional.of("label '" + label + "' is not 1-63 letters, digits and hyphens, starting and ending"
            + " with a letter or digit");
      }
    }
    return Optional.empty();
  }

  /** The model's form: lower case, sorted, without repeats. */
  public static List<String> canonical(Collection<String> names) {
    return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().sorted().toList();
  }
}
