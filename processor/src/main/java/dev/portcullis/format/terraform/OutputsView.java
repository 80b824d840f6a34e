package dev.portcullis.format.terraform;

import dev.portcullis.model.Component;
import dev.portcullis.model.Product;
import java.util.ArrayList;
import java.util.List;

/** The scope of {@code outputs.tf.mustache}: the group ids of each component. */
public record OutputsView(String header, List<ComponentOutput> components) {
  public record ComponentOutput(String name, String description) {}

  static OutputsView of(Product product, String header) {
    List<ComponentOutput> outputs = new ArrayList<>();
    for (Component c : product.components()) {
      outputs.add(new ComponentOutput(c.id(), "The security group ids of component " + c.id()
          + (c.description().isBlank() ? "" : " (" + c.description().strip() + ")")
          + "; its instances join all of them."));
    }
    return new OutputsView(header, outputs);
  }

  /** The README's rows for these outputs. */
  List<ReadmeView.OutputRow> rows() {
    List<ReadmeView.OutputRow> rows = new ArrayList<>();
    rows.add(new ReadmeView.OutputRow("security_group_ids",
        "Map of component to its security group ids; its instances join all of them."));
    rows.add(new ReadmeView.OutputRow("rule_counts",
        "Rules per group, direction and address family, as AWS counts them against its quota."));
    for (ComponentOutput c : components) {
      rows.add(new ReadmeView.OutputRow(c.name() + "_security_group_ids", c.description()));
    }
    return rows;
  }
}
