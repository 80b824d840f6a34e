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
 * The strict NetworkPolicy JSON schema of Kubernetes 1.30 (test resource {@code schemas/}, see its
 * PROVENANCE.md), checked with networknt's validator.
 */
public final class PolicySchema {
  private final JsonSchema schema;

  public PolicySchema() {
    try (InputStream in = PolicySchema.class.getResourceAsStream("/schemas/networkpolicy-networking-v1.json")) {
      if (in == null) {
        throw new IllegalStateException("schemas/networkpolicy-networking-v1.json is missing from the test resources");
      }
      ObjectNode node = (ObjectNode) Manifests.JSON.readTree(in);
      // "http://json-schema.org/schema#" names no draft; the schema is draft-04 style (openapi2jsonschema)
      node.put("$schema", "http://json-schema.org/draft-04/schema#");
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema violations of one document, as text; empty when it passes. */
  public List<String> validate(JsonNode document) {
    return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
  }
}
