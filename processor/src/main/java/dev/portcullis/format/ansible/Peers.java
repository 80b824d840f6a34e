package dev.portcullis.format.ansible;

import dev.portcullis.model.Component;
import dev.portcullis.model.Flow;
import dev.portcullis.model.Product;
import dev.portcullis.model.Zone;
import java.util.List;

/** The zones and peer components a product's flows use: each gets its address variables. */
final class Peers {
  private Peers() {}

  static List<Zone> zones(Product product) {
    return product.zones().stream()
        .filter(z -> product.flows().stream().anyMatch(f -> f.peer().isZone() && f.peer().id().equals(z.id())))
        .toList();
  }

  static List<Component> components(Product product) {
    return product.components().stream()
        .filter(c -> product.flows().stream().anyMatch(f -> f.peer().isComponent() && f.peer().id().equals(c.id())))
        .toList();
  }

  static List<Flow> flowsWithZonePeer(Product product, String zone) {
    return product.flows().stream().filter(f -> f.peer().isZone() && f.peer().id().equals(zone)).toList();
  }

  static List<Flow> flowsWithComponentPeer(Product product, String component) {
    return product.flows().stream().filter(f -> f.peer().isComponent() && f.peer().id().equals(component)).toList();
  }
}
