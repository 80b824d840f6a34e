package dev.portcullis.it.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portcullis.it.TempDirs;
import dev.portcullis.it.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The role's own validation (issue 16, items 5 and 8), run by Ansible on the controller without
 * touching any host: the role's defaults and rule table are loaded into a play on localhost and
 * the plan's errors written to a file. Each wrong variable is one message naming it, however many
 * rules use it; host bits, anywhere for a zone that is not public, an outgoing default deny the
 * product refuses and a controller outside the SSH sources are refused.
 */
class RoleValidationTest {
  private static Path work;

  @BeforeAll
  static void setUp() throws IOException {
    Tools.require("ansible-playbook", "runs the role's validation");
    work = Files.createTempDirectory("pca-ansible-validation");
  }

  @AfterAll
  static void tearDown() throws IOException {
    if (work != null) {
      TempDirs.deleteTree(work);
    }
  }

  @Test
  void theDefaultsAreValid() throws IOException {
    assertEquals(List.of(), errors(Roles.LAB, "{}", null));
    assertEquals(List.of(), errors("storageos", "{}", null));
  }

  @Test
  void hostBitsAreRefusedNamingTheVariable() throws IOException {
    String role = Roles.LAB + "_firewall";
    List<String> errors = errors(Roles.LAB, "{\"" + role + "_zone_admins_ipv4\": [\"10.20.0.1/16\"]}", null);
    assertEquals(1, errors.size(), errors::toString);
    assertTrue(errors.get(0).startsWith(role + "_zone_admins_ipv4: '10.20.0.1/16' has host bits set"),
        errors::toString);
  }

  @Test
  void aWrongVariableIsOneMessageHoweverManyRulesUseIt() throws IOException {
    String role = Roles.LAB + "_firewall";
    // component worker is the peer of several rules on both components, zone internet of two flows
    List<String> errors = errors(Roles.LAB, "{\"" + role + "_component_worker_ipv4\": [\"not-a-cidr\", \"x\"],"
        + " \"" + role + "_zone_internet_ipv4\": [\"not-a-cidr\"], \"" + role + "_backup_port\": 70000}", null);
    assertEquals(List.of(
        role + "_backup_port: '70000' is not a port within 1-65535",
        role + "_component_worker_ipv4: 'not-a-cidr' is not an IPv4 network; 'x' is not an IPv4 network",
        role + "_zone_internet_ipv4: 'not-a-cidr' is not an IPv4 network"), sorted(errors));
  }

  @Test
  void anywhereIsRefusedForAZoneThatIsNotPublic() throws IOException {
    String role = Roles.LAB + "_firewall";
    List<String> errors = errors(Roles.LAB, "{\"" + role + "_zone_admins_ipv6\": [\"::/0\"],"
        + " \"" + role + "_zone_internet_ipv4\": [\"0.0.0.0/0\"]}", null);
    assertEquals(List.of(role + "_zone_admins_ipv6: '::/0' (anywhere) is refused, as zone admins is not public"),
        errors);
  }

  @Test
  void anOutgoingDenyIsRefusedWhenTheProductNeedsOutgoingTraffic() throws IOException {
    List<String> errors = errors("storageos", "{\"storageos_firewall_default_outgoing_deny\": true}", null);
    assertEquals(1, errors.size(), errors::toString);
    assertTrue(errors.get(0).startsWith("storageos_firewall_default_outgoing_deny: true is refused"),
        errors::toString);
  }

  @Test
  void aControllerOutsideTheSshSourcesIsRefused() throws IOException {
    String role = Roles.LAB + "_firewall";
    String sources = "{\"" + role + "_ssh_sources_ipv4\": [\"10.0.0.0/8\"]}";
    List<String> errors = errors(Roles.LAB, sources, "192.0.2.7 50000 10.1.1.1 22");
    assertEquals(List.of("The controller connects from 192.0.2.7, outside " + role + "_ssh_sources_ipv4: the rules"
        + " would cut the controller off. Add its network to " + role + "_ssh_sources_ipv4."), errors);
    assertEquals(List.of(), errors(Roles.LAB, sources, "10.9.8.7 50000 10.1.1.1 22"));
    List<String> port = errors(Roles.LAB, sources, "10.9.8.7 50000 10.1.1.1 2222");
    assertEquals(1, port.size(), port::toString);
    assertTrue(port.get(0).startsWith("The controller reaches this host on SSH port 2222"), port::toString);
  }

  private static List<String> sorted(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    copy.sort(null);
    return copy;
  }

  /** The plan's errors for {@code product}'s role with the extra variables {@code vars} (JSON). */
  private static List<String> errors(String product, String vars, String sshConnection) throws IOException {
    Path role = Roles.role(product).toAbsolutePath();
    Path dir = Files.createTempDirectory(work, product);
    Path out = dir.resolve("errors.txt");
    String name = product + "_firewall";
    Files.writeString(dir.resolve("play.yml"), """
        ---
        - name: Plan
          hosts: localhost
          gather_facts: true
          vars_files:
            - %s/defaults/main.yml
            - %s/vars/main.yml
          tasks:
            - name: Write the errors
              ansible.builtin.copy:
                content: "{{ (%s__rules | portcullis.firewall.plan(%s__addresses, %s__variables, %s__settings)).errors | join('\\n') }}"
                dest: %s
                mode: "0600"
        """.formatted(role, role, name, name, name, name, out), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("vars.json"), vars, StandardCharsets.UTF_8);
    Map<String, String> env = sshConnection == null
        ? Map.of("ANSIBLE_COLLECTIONS_PATH", Roles.collectionsPath(product).toString())
        : Map.of("ANSIBLE_COLLECTIONS_PATH", Roles.collectionsPath(product).toString(), "SSH_CONNECTION", sshConnection);
    Command run = Command.run(dir, env, 120, List.of("ansible-playbook", "-i", "localhost,", "-c", "local",
        "-e", "@vars.json", "play.yml"));
    assertTrue(run.ok(), run::describe);
    String text = Files.readString(out, StandardCharsets.UTF_8);
    return text.isEmpty() ? List.of() : List.of(text.split("\n"));
  }
}
