package io.jixiao.system;

import io.jixiao.testsupport.KafkaTestBroker;
import io.jixiao.testsupport.PostgresTestDatabase;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four services as they ship (their packaged fast-jars) on one PostgreSQL server, one Kafka broker and one OIDC
 * issuer, each instance on a free port; with replicas, the instances of a service share its database and consumer
 * groups as replicas in a cluster do. {@link #get()} is started once for all system tests of the JVM.
 */
final class Stack {
    static final List<String> SERVICES = List.of("project", "indicator", "review", "evaluation");
    private static final Path LOGS = Path.of("target", "system-logs");
    private static Stack instance;

    final int replicas;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, String> databases = new LinkedHashMap<>();
    private PostgresTestDatabase.Server postgres;
    private OidcWiremockTestResource oidc;
    private String kafka;
    private String keycloak;

    private Stack(int replicas) {
        this.replicas = replicas;
    }

    /** One instance of each service, shared by the system tests of this JVM. */
    static synchronized Stack get() {
        if (instance == null) {
            instance = new Stack(1);
            instance.start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    /** {@code replicas} instances of each service, for one test of its own (the fault-injection suite). */
    static Stack replicated(int replicas) {
        Stack stack = new Stack(replicas);
        stack.start();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop));
        return stack;
    }

    String url(String service) {
        return url(service, 0);
    }

    String url(String service, int replica) {
        return "http://localhost:" + ports.get(key(service, replica));
    }

    /** The service's database (shared by its replicas), for checks that read what the services wrote. */
    String jdbcUrl(String service) {
        return databases.get(service);
    }

    String kafkaBootstrapServers() {
        return kafka;
    }

    PostgresTestDatabase.Server postgres() {
        return postgres;
    }

    private static String key(String service, int replica) {
        return service + "#" + replica;
    }

    private void start() {
        postgres = PostgresTestDatabase.server();
        kafka = new KafkaTestBroker().start().get("kafka.bootstrap.servers");
        oidc = new OidcWiremockTestResource();
        keycloak = oidc.start().get("keycloak.url");
        try {
            Files.createDirectories(LOGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String s : SERVICES) {
            databases.put(s, postgres.database("sys_" + s)); // created once: a restarted instance finds its data
            if (replicas > 1) {
                durable(databases.get(s));
            }
            for (int r = 0; r < replicas; r++) {
                ports.put(key(s, r), freePort());
                launch(s, r);
            }
        }
        for (String s : SERVICES) {
            for (int r = 0; r < replicas; r++) {
                awaitReady(s, r, Duration.ofSeconds(180));
            }
        }
    }

    /**
     * The test cluster trades durability for speed (synchronous_commit off): a crash loses the last fraction of a second
     * of acknowledged commits, which no production database does. Where the suite crashes PostgreSQL, commits must be
     * durable, or the lost effects it counts would be the test cluster's, not the services'.
     */
    private void durable(String jdbcUrl) {
        String db = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).split("\\?")[0];
        try (var c = java.sql.DriverManager.getConnection(jdbcUrl, postgres.user(), postgres.password());
                var st = c.createStatement()) {
            st.execute("ALTER DATABASE \"" + db + "\" SET synchronous_commit = on");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Kills a service the hard way (no shutdown hooks, as a crash or an OOM kill would), then starts it again. */
    void killAndRestart(String service) {
        kill(service, 0);
        launch(service, 0);
        awaitReady(service, 0, Duration.ofSeconds(120));
    }

    /** SIGKILL of one instance; it stays down until {@link #launch} starts it again. */
    void kill(String service, int replica) {
        Process p = processes.get(key(service, replica));
        p.destroyForcibly();
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean alive(String service, int replica) {
        return processes.get(key(service, replica)).isAlive();
    }

    void launch(String s, int replica) {
        String jar = Path.of("..", s + "-service", "target", "quarkus-app", "quarkus-run.jar")
                .toAbsolutePath()
                .toString();
        if (!Files.exists(Path.of(jar))) {
            throw new IllegalStateException(jar + " is missing: the services are packaged before the system tests run");
        }
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                replicas > 1 ? "-Xmx200m" : "-Xmx256m",
                "-Dquarkus.http.port=" + ports.get(key(s, replica)),
                "-Dquarkus.datasource.jdbc.url=" + databases.get(s),
                "-Dquarkus.datasource.username=" + postgres.user(),
                "-Dquarkus.datasource.password=" + postgres.password(),
                "-Dkafka.bootstrap.servers=" + kafka,
                "-Dquarkus.oidc.auth-server-url=" + keycloak + "/realms/quarkus",
                "-Dquarkus.oidc.token.issuer=https://server.example.com",
                "-Dquarkus.oidc.token.audience=https://service.example.com",
                "-Djixiao.ops.access=permit",
                "-Djixiao.outbox.poll-interval=1s",
                // webhooks to the tests' own receivers on 127.0.0.1, retried within seconds instead of minutes
                "-Djixiao.webhooks.allow-http=true",
                "-Djixiao.webhooks.allow-private-addresses=true",
                "-Djixiao.webhooks.retry-schedule=0s,1s,1s,1s,1s,1s,1s,1s",
                "-Djixiao.webhooks.timeout=5s",
                "-jar",
                jar));
        if (replicas > 1) {
            cmd.add(
                    1,
                    "-XX:TieredStopAtLevel=1"); // eight instances on two cores: quicker compilation, quicker restarts
        }
        String log = s + "-service" + (replicas > 1 ? "-" + replica : "") + ".log";
        try {
            processes.put(
                    key(s, replica),
                    new ProcessBuilder(cmd)
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.appendTo(
                                    LOGS.resolve(log).toFile()))
                            .start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON log records (production format) that an instance has written so far; other lines are skipped. */
    List<com.fasterxml.jackson.databind.JsonNode> logRecords(String service, int replica) {
        Path file = LOGS.resolve(service + "-service" + (replicas > 1 ? "-" + replica : "") + ".log");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<com.fasterxml.jackson.databind.JsonNode> records = new java.util.ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("{")) {
                    records.add(json.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    void awaitReady(String service, int replica, Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!alive(service, replica)) {
                throw new IllegalStateException(service + "-service #" + replica + " exited while starting");
            }
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(url(service, replica) + "/q/health/ready"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(300);
        }
        throw new IllegalStateException(service + "-service #" + replica + " not ready; see target/system-logs/");
    }

    void stop() {
        processes.values().forEach(Process::destroy);
        for (Process p : processes.values()) {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (oidc != null) {
            oidc.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
