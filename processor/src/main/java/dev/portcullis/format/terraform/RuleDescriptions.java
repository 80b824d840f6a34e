package dev.portcullis.format.terraform;

import dev.portcullis.model.Flow;
import dev.portcullis.model.Product;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The description of a rule, AWS-safe and naming every flow the rule serves. A rule of one flow
 * says {@code <service>: <purpose>}; a rule serving several flows (merged ports, or the same rule
 * needed twice) says {@code <service> (<flow>); <service> (<flow>)...} and, when that exceeds
 * AWS's 255 characters, {@code Flows <flow>, <flow>...}.
 */
final class RuleDescriptions {
  private static final String IDS_PREFIX = "Flows ";

  private final Map<String, Flow> flows = new TreeMap<>();

  RuleDescriptions(Product product) {
    // a flow id names one flow per component; the service is the same for all of them
    product.flows().forEach(f -> flows.putIfAbsent(f.id(), f));
  }

  /** The description of a rule serving {@code flowIds} (sorted). */
  String of(List<String> flowIds) {
    if (flowIds.size() == 1) {
      Flow flow = flows.get(flowIds.get(0));
      return flow == null ? AwsDescription.of(flowIds.get(0)) : single(flow);
    }
    StringBuilder text = new StringBuilder();
    for (String id : flowIds) {
      Flow flow = flows.get(id);
      String part = AwsDescription.of((flow == null ? id : flow.service().strip()) + " (" + id + ")");
      text.append(text.length() == 0 ? "" : "; ").append(part);
    }
    if (text.length() <= AwsDescription.MAX_LENGTH) {
      return text.toString();
    }
    return AwsDescription.of(idsOnly(flowIds));
  }

  /** Whether a rule serving {@code flowIds} can name them all within AWS's limit. */
  boolean namesAll(List<String> flowIds) {
    return idsOnly(flowIds).length() <= AwsDescription.MAX_LENGTH;
  }

  private static String idsOnly(List<String> flowIds) {
    return IDS_PREFIX + String.join(", ", flowIds);
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
