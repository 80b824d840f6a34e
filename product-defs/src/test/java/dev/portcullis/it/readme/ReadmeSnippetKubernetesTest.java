package dev.portcullis.it.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.portcullis.it.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Kubernetes and Cilium blocks, built with {@code kubectl kustomize} in a copy of the
 * repository's layout (no cluster on the test machines: kustomize builds what {@code apply -k}
 * would send).
 */
class ReadmeSnippetKubernetesTest {
  private static final String NO_CLUSTER = "no cluster on the test machines: kustomize builds what apply -k would send";

  @TempDir static Path home;
  private static Path checkout;

  @BeforeAll
  static void checkout() {
    checkout = home.resolve("portcullis");
    Checkout.generatedExamples(checkout);
  }

  @Test
  @RunsReadmeSnippet("cilium-apply")
  void ciliumApplyBuildsCiliumNetworkPolicies() throws Exception {
    Tools.require("kubectl", "the README's kubectl apply -k of the Cilium policies");
    String output = ShellSnippet.of("cilium-apply")
        .replace("kubectl apply -n <namespace> -k ", "kubectl kustomize ", NO_CLUSTER)
        .run(checkout);
    List<JsonNode> objects = documents(output);
    assertFalse(objects.isEmpty(), output);
    for (JsonNode object : objects) {
      assertEquals("CiliumNetworkPolicy", object.path("kind").asText(), "only Cilium policies: " + object);
      assertFalse(object.path("metadata").has("namespace"), "-n <namespace> would not place " + object);
    }
  }

  /**
   * The overlay of "Zone addresses, one edit", as the README writes it beside generated-examples/:
   * the README's addresses.yaml (its "other zones" line filled with the generated documents of
   * BrickStor's other zones, left unset) and its kustomization.yaml. The zone set there reaches
   * every policy that names it; the zones left unset keep the placeholder that matches nothing.
   */
  @Test
  @RunsReadmeSnippet({"k8s-zone-addresses", "k8s-zones-overlay"})
  void theOverlaySetsAZoneInEveryPolicyThatNamesIt() throws Exception {
    Path kubectl = Tools.require("kubectl", "the README's overlay with components/zones");
    Path product = checkout.resolve("generated-examples/kubernetes/brickstor_sp");
    String addresses = Readme.snippet("k8s-zone-addresses");
    String others = "# ... then the product's other zones";
    assertTrue(addresses.contains(others), "README's addresses.yaml no longer ends with `" + others + "`");
    String set = YAML.readTree(addresses.substring(addresses.indexOf("---"))).path("metadata").path("name").asText();
    StringBuilder unset = new StringBuilder();
    for (String document : Files.readString(product.resolve("components/zones/addresses.yaml")).split("\n---\n")) {
      if (document.contains("kind:") && !documents(document).get(0).path("metadata").path("name").asText().equals(set)) {
        unset.append("---\n").append(document.strip()).append('\n');
      }
    }
    Path overlay = Files.createDirectories(checkout.resolve("overlay"));
    Files.writeString(overlay.resolve("addresses.yaml"), addresses.replace(others, unset.toString()), StandardCharsets.UTF_8);
    Files.writeString(overlay.resolve("kustomization.yaml"), Readme.snippet("k8s-zones-overlay"), StandardCharsets.UTF_8);

    Process process = new ProcessBuilder(kubectl.toString(), "kustomize", overlay.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), "kubectl kustomize of the README's overlay:\n" + output);

    String cidr = YAML.readTree(addresses.substring(addresses.indexOf("---"))).path("peers").get(0).path("ipBlock")
        .path("cidr").asText();
    Set<String> withTheZone = new TreeSet<>();
    Set<String> withAPlaceholder = new TreeSet<>();
    for (JsonNode policy : documents(output)) {
      assertEquals("NetworkPolicy", policy.path("kind").asText(), "the addresses are kustomize-local: " + policy);
      String text = policy.toString();
      if (text.contains("\"" + cidr + "\"")) {
        withTheZone.add(policy.path("metadata").path("name").asText());
      }
      if (text.contains("128.0.0.0/1")) {
        withAPlaceholder.add(policy.path("metadata").path("name").asText());
      }
    }
    assertFalse(withTheZone.isEmpty(), "zone '" + set + "' set to " + cidr + " in the README's addresses.yaml reaches no policy");
    assertFalse(withAPlaceholder.isEmpty(), "the zones left unset keep their placeholder");
  }

  private static final YAMLMapper YAML = new YAMLMapper();

  private static List<JsonNode> documents(String yaml) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
      while (docs.hasNext()) {
        JsonNode doc = docs.next();
        if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
          out.add(doc);
        }
      }
    }
    return out;
  }
}
