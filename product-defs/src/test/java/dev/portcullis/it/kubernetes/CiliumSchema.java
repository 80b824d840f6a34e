package dev.portcullis.it.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The CiliumNetworkPolicy CRD's OpenAPI v3 schema (cilium.io/v2; test resource
 * {@code schemas/cilium/}, see its PROVENANCE.md), checked with networknt's validator as a JSON
 * Schema. The schema has no {@code additionalProperties: false} (the API server prunes unknown
 * fields) and its top level only requires {@code metadata}, so {@link #validate} also checks
 * the document against the {@code spec} subschema, and {@link CiliumPolicyTest} checks for
 * unknown fields itself.
 */
final class CiliumSchema {
  private final JsonSchema document;
  private final JsonSchema spec;

  CiliumSchema() {
    try (InputStream in = CiliumSchema.class.getResourceAsStream("/schemas/cilium/ciliumnetworkpolicy-v2.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("schemas/cilium/ciliumnetworkpolicy-v2.schema.json is missing");
      }
      ObjectNode node = (ObjectNode) Manifests.JSON.readTree(in);
      node.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
      document = factory.getSchema(node);
      ObjectNode specNode = ((ObjectNode) node.path("properties").path("spec")).deepCopy();
      specNode.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      spec = factory.getSchema(specNode);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The violations of one CiliumNetworkPolicy, as text; empty when it passes. */
  List<String> validate(JsonNode policy) {
    List<String> all = new java.util.ArrayList<>();
    document.validate(policy).stream().map(ValidationMessage::getMessage).forEach(all::add);
    if (!policy.has("spec")) {
      all.add("$.spec: is missing");
    } else {
      spec.validate(policy.path("spec")).stream().map(m -> "spec " + m.getMessage()).forEach(all::add);
    }
    return all.stream().sorted().toList();
  }
}
