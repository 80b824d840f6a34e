package dev.portcullis.descriptor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** Every generated product descriptor on the class path, found with {@link ServiceLoader}. */
public final class Catalog {
  private Catalog() {}

  /** All descriptors visible to {@code loader}, sorted by product id. */
  public static List<ProductDescriptor> load(ClassLoader loader) {
    List<ProductDescriptor> all = new ArrayList<>();
    ServiceLoader.load(ProductDescriptor.class, loader).forEach(all::add);
    all.sort(Comparator.comparing(ProductDescriptor::id));
    return List.copyOf(all);
  }

  /** All descriptors visible to this class's loader, sorted by product id. */
  public static List<ProductDescriptor> load() {
    return load(Catalog.class.getClassLoader());
  }

  public static Optional<ProductDescriptor> find(String productId) {
    return load().stream().filter(p -> p.id().equals(productId)).findFirst();
  }
}
