package dev.portcullis.format.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.portcullis.descriptor.DescriptorTables;
import dev.portcullis.descriptor.FeatureDescriptor;
import dev.portcullis.descriptor.FlowDescriptor;
import dev.portcullis.descriptor.ProductDescriptor;
import dev.portcullis.descriptor.VariableDescriptor;
import dev.portcullis.descriptor.ZoneDescriptor;
import dev.portcullis.model.Feature;
import dev.portcullis.model.Flow;
import dev.portcullis.model.PortRange;
import dev.portcullis.model.Product;
import dev.portcullis.model.Variable;
import dev.portcullis.model.Zone;
import dev.portcullis.render.Literals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The Java descriptor of a product: {@code <Definition>Descriptor} next to the definition, with
 * the model as typed constants ({@code REST_API = 5705} for every single-port flow) and an
 * implementation of {@link ProductDescriptor} registered for {@link dev.portcullis.descriptor.Catalog}.
 * Its tables (flows, zones, features, variables) are rows of text that {@link DescriptorTables}
 * reads at class initialisation, so compiling a descriptor costs javac little.
 */
public final class DescriptorGenerator {
  /** The service interface the catalog file registers. */
  public static final String SERVICE = ProductDescriptor.class.getName();
  private static final String GENERATOR = "dev.portcullis.processor.PortcullisProcessor";

  public static ClassName className(TypeElement definition) {
    return className(ClassName.get(definition));
  }

  /** {@code p.Outer_InnerDescriptor} for the definition {@code p.Outer.Inner}. */
  public static ClassName className(ClassName definition) {
    return ClassName.get(definition.packageName(), String.join("_", definition.simpleNames()) + "Descriptor");
  }

  /**
   * The descriptor's source. Reads no javac element (the definition is given by name), so it can
   * run off javac's thread; the caller writes it through the Filer with the definition as origin.
   */
  public String source(Product product, ClassName definition) {
    return generate(product, definition).toString();
  }

  public JavaFile generate(Product product, ClassName definition) {
    ClassName name = className(definition);
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ProductDescriptor.class)
        .addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", "$S", GENERATOR)
            .addMember("comments", "$S", "from " + product.sourceClass())
            .build())
        .addJavadoc("The network model of $L ($L), generated from {@link $T}. Do not edit.\n",
            Literals.javadocText(product.title()), product.id(), definition);
    type.addField(constant(String.class, "ID", CodeBlock.of("$S", product.id()), "The product id."));
    portConstants(product).forEach((constName, flow) -> type.addField(
        constant(int.class, constName, CodeBlock.of("$L", flow.ports().get(0).from()),
            flow.service() + (flow.purpose().isEmpty() ? "" : ": " + flow.purpose())
                + (flow.portVariable() == null ? "" : " (default; variable " + flow.portVariable() + ")"))));
    type.addField(table(FlowDescriptor.class, "FLOWS", "flows", product.flows().stream().map(this::flow).toList()));
    type.addField(table(ZoneDescriptor.class, "ZONES", "zones", product.zones().stream().map(this::zone).toList()));
    type.addField(table(FeatureDescriptor.class, "FEATURES", "features",
        product.features().stream().map(this::feature).toList()));
    type.addField(table(VariableDescriptor.class, "VARIABLES", "variables",
        product.variables().stream().map(this::variable).toList()));
    type.addField(listField(String.class, "COMPONENTS",
        product.components().stream().map(c -> CodeBlock.of("$S", c.id())).toList()));
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("For {@link java.util.ServiceLoader}.\n").build());
    type.addMethod(getter("id", TypeName.get(String.class), CodeBlock.of("return ID")));
    type.addMethod(getter("title", TypeName.get(String.class), CodeBlock.of("return $L", Literals.javaString(product.title()))));
    type.addMethod(getter("source", TypeName.get(String.class), CodeBlock.of("return $S", product.sourceClass())));
    type.addMethod(getter("components", list(String.class), CodeBlock.of("return COMPONENTS")));
    type.addMethod(getter("zones", list(ZoneDescriptor.class), CodeBlock.of("return ZONES")));
    type.addMethod(getter("features", list(FeatureDescriptor.class), CodeBlock.of("return FEATURES")));
    type.addMethod(getter("variables", list(VariableDescriptor.class), CodeBlock.of("return VARIABLES")));
    type.addMethod(getter("flows", list(FlowDescriptor.class), CodeBlock.of("return FLOWS")));
    return JavaFile.builder(name.packageName(), type.build())
        .addFileComment("Generated by $L from $L. Do not edit by hand.", GENERATOR, product.sourceClass())
        .indent("  ")
        .skipJavaLangImports(true)
        .build();
  }

  /** The descriptor's own fields, which a port constant must not shadow. */
  private static final Set<String> RESERVED = Set.of("ID", "FLOWS", "ZONES", "FEATURES", "VARIABLES", "COMPONENTS");

  /**
   * One constant per flow id with exactly one port, named after the flow id; a flow id that
   * would collide with a field of the descriptor ({@code id}, {@code flows}, ...) gets
   * {@code _PORT} appended, so the generated class always compiles.
   */
  private static Map<String, Flow> portConstants(Product product) {
    Map<String, Flow> result = new LinkedHashMap<>();
    for (Flow flow : product.flows()) {
      if (flow.ports().size() == 1 && flow.ports().get(0).isSingle()) {
        String name = flow.id().toUpperCase(Locale.ROOT);
        result.putIfAbsent(RESERVED.contains(name) ? name + "_PORT" : name, flow);
      }
    }
    return result;
  }

  // Rows of the tables in the format DescriptorTables reads: fields separated by '|', list items by ','.

  private String flow(Flow f) {
    List<String> ports = new ArrayList<>();
    for (PortRange r : f.ports()) {
      ports.add(r.from() == r.to() ? String.valueOf(r.from()) : r.from() + "-" + r.to());
    }
    return row(field(f.id()), field(f.component()), field(f.service()), field(f.purpose()),
        field(lower(f.peer().kind().name())), field(f.peer().id()), field(lower(f.direction().name())),
        field(lower(f.protocol().name())), items(f.transports().stream().map(t -> t.lower()).toList()),
        String.join(",", ports), field(f.feature()), field(f.portVariable()));
  }

  private String zone(Zone z) {
    return row(field(z.id()), field(z.description()), items(z.ipv4()), items(z.ipv6()),
        String.valueOf(z.isPublic()));
  }

  private String feature(Feature f) {
    return row(field(f.id()), field(f.description()), String.valueOf(f.enabledByDefault()));
  }

  private String variable(Variable v) {
    return row(field(v.name()), field(lower(v.kind().name())), field(String.valueOf(v.defaultValue())));
  }

  private static String row(String... fields) {
    return String.join("|", fields);
  }

  static String items(List<String> values) {
    return values.stream().map(DescriptorGenerator::field).collect(java.util.stream.Collectors.joining(","));
  }

  /** One field of a row: null as {@code \0}; the separators and the backslash escaped. */
  static String field(String value) {
    if (value == null) {
      return "\\0";
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' || c == '|' || c == ',') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * {@code DescriptorTables.flows("row", ...)}: the table as data, one string literal per row,
   * decoded once at class initialisation. javac type-checks one call with string arguments
   * instead of a constructor and generic calls per row.
   */
  private static FieldSpec table(Class<?> element, String name, String reader, List<String> rows) {
    CodeBlock.Builder init = CodeBlock.builder().add("$T.$L(", DescriptorTables.class, reader);
    if (!rows.isEmpty()) {
      init.add("\n$>$>").add(CodeBlock.join(rows.stream().map(r -> CodeBlock.of("$L", Literals.javaString(r))).toList(),
          ",\n")).add("$<$<");
    }
    init.add(")");
    return FieldSpec.builder(list(element), name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer(init.build()).build();
  }

  private static FieldSpec constant(Class<?> type, String name, CodeBlock value, String doc) {
    return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer(value).addJavadoc("$L\n", Literals.javadocText(doc)).build();
  }

  private static FieldSpec listField(Class<?> element, String name, List<CodeBlock> items) {
    CodeBlock init = items.isEmpty()
        ? CodeBlock.of("$T.<$T>of()", List.class, element)
        : CodeBlock.builder().add("$T.<$T>of(\n$>$>", List.class, element).add(CodeBlock.join(items, ",\n"))
            .add("$<$<)").build();
    return FieldSpec.builder(list(element), name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer(init).build();
  }

  private static TypeName list(Class<?> element) {
    return ParameterizedTypeName.get(List.class, element);
  }

  private static MethodSpec getter(String name, TypeName type, CodeBlock body) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(type).addStatement(body).build();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
