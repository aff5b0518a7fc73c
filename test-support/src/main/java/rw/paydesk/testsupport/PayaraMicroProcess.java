package rw.paydesk.testsupport;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Payara Micro started as a child process with a set of WARs, the way an operator runs it.
 * Black-box tests start one of these once per test JVM (it takes about 20 s on two cores)
 * and talk to it over HTTP on loopback.
 */
public final class PayaraMicroProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private PayaraMicroProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static Builder builder(Path payaraMicroJar) {
        return new Builder(payaraMicroJar);
    }

    /** {@code http://localhost:PORT} with no trailing slash. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** The file that holds the server's console output, for diagnosing a failed test. */
    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the server at once, as a crashed node would die. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    @Override
    public void close() {
        process.destroy();
        waitForExit();
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A free TCP port on loopback. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    public static final class Builder {
        private final Path payaraMicroJar;
        private final Map<String, Path> wars = new LinkedHashMap<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final List<String> extraArguments = new ArrayList<>();
        private Path workingDirectory;
        private int port;
        private List<String> readyPaths = List.of("/health");
        private Duration startTimeout = Duration.ofMinutes(3);
        private String javaHome = System.getProperty("java.home");
        private List<String> cluster = List.of("--nocluster");

        private Builder(Path payaraMicroJar) {
            this.payaraMicroJar = Objects.requireNonNull(payaraMicroJar);
        }

        /**
         * Deploys a WAR under a context root: {@code "/"} for the root, {@code "/sandbox"} otherwise.
         */
        public Builder deploy(Path war, String contextRoot) {
            wars.put(contextRoot, war);
            return this;
        }

        /** An environment variable of the server process, for example a MicroProfile Config override. */
        public Builder env(String name, String value) {
            environment.put(name, value);
            return this;
        }

        public Builder argument(String argument) {
            extraArguments.add(argument);
            return this;
        }

        /**
         * Joins the Hazelcast data grid {@code name} on loopback, listening on {@code gridPort},
         * with the members found by TCP/IP at {@code memberGridPorts} (multicast is not used:
         * it would join any other Payara Micro on the network). Without this the server runs
         * alone ({@code --nocluster}).
         */
        public Builder cluster(String name, int gridPort, List<Integer> memberGridPorts) {
            String members = memberGridPorts.stream().map(p -> "127.0.0.1:" + p)
                    .collect(java.util.stream.Collectors.joining(","));
            this.cluster = List.of("--clustername", name, "--clustermode", "tcpip:" + members,
                    "--startport", Integer.toString(gridPort), "--interfaces", "127.0.0.1");
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder workingDirectory(Path directory) {
            this.workingDirectory = directory;
            return this;
        }

        /**
         * The paths polled until each answers 200; {@code /health} by default. Name one path
         * per application: Payara Micro may serve the first while it still deploys the next.
         */
        public Builder readyPath(String... paths) {
            this.readyPaths = List.of(paths);
            return this;
        }

        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        public PayaraMicroProcess start() {
            try {
                int httpPort = port > 0 ? port : freePort();
                Path dir = workingDirectory != null ? workingDirectory : Files.createTempDirectory("payara-micro");
                Files.createDirectories(dir);
                Path deployments = Files.createDirectories(dir.resolve("deployments"));
                // a root directory left by an earlier start would deploy its applications a second time
                deleteTree(dir.resolve("payara-root"));
                List<String> command = new ArrayList<>(List.of(
                        Path.of(javaHome, "bin", "java").toString(),
                        "-Xmx1g",
                        "-jar", payaraMicroJar.toAbsolutePath().toString(),
                        "--port", Integer.toString(httpPort),
                        "--sslport", Integer.toString(freePort()),
                        "--rootdir", dir.resolve("payara-root").toString()));
                command.addAll(cluster);
                for (Map.Entry<String, Path> war : wars.entrySet()) {
                    // Payara Micro takes the context root from the file name: ROOT.war is "/".
                    String name = war.getKey().equals("/") ? "ROOT" : war.getKey().replaceFirst("^/", "");
                    Path copy = deployments.resolve(name + ".war");
                    Files.copy(war.getValue(), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    command.add("--deploy");
                    command.add(copy.toString());
                }
                command.addAll(extraArguments);
                Path log = dir.resolve("payara-micro.log");
                ProcessBuilder builder = new ProcessBuilder(command)
                        .directory(dir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
                builder.environment().putAll(environment);
                PayaraMicroProcess server = new PayaraMicroProcess(builder.start(), httpPort, log);
                server.awaitReady(readyPaths, startTimeout);
                return server;
            } catch (IOException e) {
                throw new IllegalStateException("could not start Payara Micro", e);
            }
        }
    }

    private void awaitReady(List<String> paths, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue()
                        + " before it was ready; see " + log + "\n" + tail());
            }
            if (paths.stream().allMatch(path -> answers200(baseUrl() + path))) {
                return;
            }
            try {
                Thread.sleep(250); // polling a condition, not waiting a fixed time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("Payara Micro was not ready within " + timeout + "; see " + log + "\n" + tail());
    }

    private static boolean answers200(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            // a redirect (say, to a sign-in page of the application at "/") is not the page asked for
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    /** The last lines of the server log, to put in a failure message. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
