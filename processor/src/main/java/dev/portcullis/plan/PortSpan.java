package dev.portcullis.plan;

import dev.portcullis.model.PortRange;
import java.util.List;

/**
 * A range of fixed ports in a rule and the flows it carries (several when flows with touching
 * ports were merged).
 *
 * @param flows the flow ids, sorted, without repeats
 */
public record PortSpan(PortRange range, List<String> flows) {
  public PortSpan {
    flows = List.copyOf(flows);
  }
}
