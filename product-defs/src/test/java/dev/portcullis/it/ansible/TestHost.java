package dev.portcullis.it.ansible;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away test host (REFERENCE.md "Test hosts"): a server network namespace
 * {@code pca-<name>-s} and a client {@code pca-<name>-c} on one IPv4 and IPv6 subnet, where the
 * client also has a far address on a subnet the server is not on (routed through the client's
 * near address), made and removed by {@code testhost.sh}. Commands in the server see a private
 * copy of /etc and /lib/ufw, so nothing the role writes reaches the real host. {@link #close()}
 * removes the namespaces, the listeners and the copies, whatever happened.
 */
final class TestHost implements AutoCloseable {
  private static final Path SCRIPTS = scripts();

  final String name;
  final int index;
  final Path state;
  /** Whether the server runs a real firewalld (with its own init and system bus). */
  final boolean firewalld;
  private final List<Process> listeners = new ArrayList<>();

  private TestHost(String name, int index, Path state, boolean firewalld) {
    this.name = name;
    this.index = index;
    this.state = state;
    this.firewalld = firewalld;
  }

  /**
   * A tag of this test run in the host names, so two builds on one machine (two checkouts) never
   * share or delete each other's namespaces.
   */
  private static final String RUN_TAG = Long.toString(ProcessHandle.current().pid() % 46656L + 46656L, 36).substring(1);

  /** Creates host number {@code index} (1-250). */
  static TestHost up(int index) {
    return up(index, false);
  }

  /**
   * Creates host number {@code index} (1-250); with {@code firewalld}, the server runs a real
   * firewalld daemon on a private system bus (REFERENCE.md "nftables and firewalld test hosts").
   */
  static TestHost up(int index, boolean firewalld) {
    String name = "h" + RUN_TAG + index;
    Path state = Path.of("/tmp", "pca-ansible-" + name);
    TestHost host = new TestHost(name, index, state, firewalld);
    List<String> argv = new ArrayList<>(List.of(script("testhost.sh"), "up", name, Integer.toString(index),
        state.toString()));
    if (firewalld) {
      argv.add("firewalld");
    }
    Command up = Command.run(null, Map.of(), 120, argv);
    if (!up.ok()) {
      host.close();
      throw new IllegalStateException("cannot create test host " + name + ":\n" + up.describe());
    }
    return host;
  }

  String serverV4() {
    return "10.231." + index + ".1";
  }

  String clientV4() {
    return "10.231." + index + ".2";
  }

  String serverV6() {
    return "fd00:231:" + index + "::1";
  }

  String clientV6() {
    return "fd00:231:" + index + "::2";
  }

  /** The client's address on a subnet the server is not on. */
  String farClientV4() {
    return "10.232." + index + ".2";
  }

  String farClientV6() {
    return "fd00:232:" + index + "::2";
  }

  /** The client's near ({@code near}) or far address of a family (4 or 6). */
  String clientAddress(boolean near, int family) {
    return family == 4 ? (near ? clientV4() : farClientV4()) : (near ? clientV6() : farClientV6());
  }

  String serverAddress(int family) {
    return family == 4 ? serverV4() : serverV6();
  }

  String subnetV4() {
    return "10.231." + index + ".0/24";
  }

  String subnetV6() {
    return "fd00:231:" + index + "::/64";
  }

  /** Runs a command in the server namespace, with the private /etc. */
  Command server(Map<String, String> env, int timeoutSeconds, List<String> argv) {
    List<String> all = new ArrayList<>(List.of(script("testhost.sh"), "srv", name, state.toString()));
    if (!env.isEmpty()) {
      all.add("env");
      env.forEach((k, v) -> all.add(k + "=" + v));
    }
    all.addAll(argv);
    return Command.run(null, Map.of(), timeoutSeconds, all);
  }

  Command server(String... argv) {
    return server(Map.of(), 120, List.of(argv));
  }

  /** Stops or starts the firewalld daemon of a firewalld host ({@code stop} or {@code start}). */
  Command firewalldDaemon(String what) {
    return Command.run(null, 120, script("testhost.sh"), "firewalld", name, state.toString(), what);
  }

  /** Runs a shell script in the server namespace, with the private /etc. */
  Command serverShell(String script) {
    return server("sh", "-c", script);
  }

  /** Runs a command in the client namespace, feeding it {@code input}. */
  Command client(String input, String... argv) {
    return inNamespace("pca-" + name + "-c", input, argv);
  }

  /**
   * Runs a command in the server namespace without the private /etc (for the prober), feeding it
   * {@code input}.
   */
  Command serverNet(String input, String... argv) {
    return inNamespace("pca-" + name + "-s", input, argv);
  }

  private Command inNamespace(String namespace, String input, String... argv) {
    List<String> all = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
    all.addAll(List.of(argv));
    try {
      Path in = Files.createTempFile(state, "in", ".txt");
      Files.writeString(in, input, StandardCharsets.UTF_8);
      List<String> shell = List.of("sh", "-c", "exec \"$@\" < " + in, "sh");
      List<String> argvWithInput = new ArrayList<>(shell);
      argvWithInput.addAll(all);
      return Command.run(null, Map.of(), 120, argvWithInput);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a listener on these TCP and UDP ports of the server (IPv4 and IPv6). */
  void listen(Collection<Integer> tcp, Collection<Integer> udp) {
    listen("pca-" + name + "-s", tcp, udp);
  }

  /**
   * Starts a listener on these TCP and UDP ports of the client, on every address of it (UDP bound
   * to each address, so an echo leaves from the address it was sent to).
   */
  void listenOnClient(Collection<Integer> tcp, Collection<Integer> udp) {
    listen("pca-" + name + "-c", tcp, udp, "--udp-on",
        String.join(",", clientV4(), farClientV4(), clientV6(), farClientV6()));
  }

  void listen(String namespace, Collection<Integer> tcp, Collection<Integer> udp, String... options) {
    List<String> argv = new ArrayList<>(List.of("ip", "netns", "exec", namespace, "python3",
        script("listener.py")));
    argv.addAll(List.of(options));
    tcp.stream().sorted().forEach(p -> argv.add("tcp:" + p));
    udp.stream().sorted().forEach(p -> argv.add("udp:" + p));
    try {
      Process listener = new ProcessBuilder(argv).redirectErrorStream(true).start();
      listeners.add(listener);
      BufferedReader out = new BufferedReader(new InputStreamReader(listener.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      if (!"ready".equals(line)) {
        throw new IllegalStateException("the listener in " + namespace + " did not start: " + line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String script(String name) {
    return SCRIPTS.resolve(name).toString();
  }

  @Override
  public void close() {
    for (Process listener : listeners) {
      listener.destroy();
      try {
        if (!listener.waitFor(5, TimeUnit.SECONDS)) {
          listener.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    // down kills what still runs in the namespaces, deletes them and the private copies
    Command.run(null, 120, script("testhost.sh"), "down", name, state.toString());
  }

  private static Path scripts() {
    try {
      Path dir = Files.createTempDirectory("pca-ansible-scripts");
      // deleteOnExit runs in reverse order: the scripts go first, then their (empty) directory
      dir.toFile().deleteOnExit();
      for (String name : List.of("testhost.sh", "listener.py", "prober.py", "state.sh")) {
        Roles.copyResource(name, dir.resolve(name));
        dir.resolve(name).toFile().deleteOnExit();
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
