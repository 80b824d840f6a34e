package dev.portcullis.descriptor;

import java.util.List;

/**
 * The normalized model of one product as application code sees it, implemented by the class
 * Portcullis generates next to each definition ({@code <Definition>Descriptor}) and found at run
 * time through {@link Catalog}.
 *
 * <pre>{@code
 * ProductDescriptor storageos = Catalog.find("storageos").orElseThrow();
 * int restApi = StorageOsDescriptor.REST_API; // 5705, the port the firewall opens
 * }</pre>
 */
public interface ProductDescriptor {
  String id();

  String title();

  /** The definition class this descriptor was generated from. */
  String source();

  List<String> components();

  List<ZoneDescriptor> zones();

  List<FeatureDescriptor> features();

  List<VariableDescriptor> variables();

  /** Every flow, one per component, sorted by component then id. */
  List<FlowDescriptor> flows();
}
