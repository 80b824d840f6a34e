package dev.portcullis.format.terraform;

import dev.portcullis.model.Flow;
import dev.portcullis.model.Product;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The description of a rule, AWS-safe. A rule of one flow says {@code <service>: <purpose>}; a
 * rule serving several flows (the plan merged their ports, or the same rule is needed twice)
 * says {@code <service> (<flow>); <service> (<flow>)...}; when that exceeds AWS's 255
 * characters it names as many flows as fit and then {@code +N more} (the rule's
 * {@code portcullis:flow} tag and the README name them all).
 */
final class RuleDescriptions {
  private final Map<String, Flow> flows = new TreeMap<>();

  RuleDescriptions(Product product) {
    // a flow id names one flow per component; the service is the same for all of them
    product.flows().forEach(f -> flows.putIfAbsent(f.id(), f));
  }

  /** The description of a rule serving {@code flowIds} (sorted), never longer than 255 characters. */
  String of(List<String> flowIds) {
    if (flowIds.size() == 1) {
      Flow flow = flows.get(flowIds.get(0));
      return flow == null ? AwsDescription.of(flowIds.get(0)) : single(flow);
    }
    List<String> parts = flowIds.stream().map(this::part).toList();
    String all = String.join("; ", parts);
    if (all.length() <= AwsDescription.MAX_LENGTH) {
      return all;
    }
    for (int named = parts.size() - 1; named >= 1; named--) {
      String text = String.join("; ", parts.subList(0, named)) + " +" + (parts.size() - named) + " more";
      if (text.length() <= AwsDescription.MAX_LENGTH) {
        return text;
      }
    }
    return AwsDescription.of("Flows " + flowIds.get(0) + " +" + (flowIds.size() - 1) + " more");
  }

  private String part(String id) {
    Flow flow = flows.get(id);
    return AwsDescription.of((flow == null ? id : flow.service().strip()) + " (" + id + ")");
  }

  /** {@code <service>: <purpose>}, or the service alone when the purpose adds nothing. */
  static String single(Flow flow) {
    String purpose = flow.purpose() == null ? "" : flow.purpose().strip();
    String text = purpose.isEmpty() || purpose.equalsIgnoreCase(flow.service().strip())
        ? flow.service()
        : flow.service() + ": " + purpose;
    return AwsDescription.of(text);
  }
}
