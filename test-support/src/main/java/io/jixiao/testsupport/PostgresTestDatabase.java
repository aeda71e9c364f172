package io.jixiao.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real PostgreSQL for {@code @QuarkusTest}s, found in this order:
 * <ol>
 * <li>{@code JIXIAO_TEST_JDBC_URL} (with {@code JIXIAO_TEST_DB_USER}, {@code JIXIAO_TEST_DB_PASSWORD}): a server you run;
 * each test run gets a fresh database on it;</li>
 * <li>the local PostgreSQL installation (Debian's {@code /usr/lib/postgresql/N/bin}): a throw-away cluster on a free
 * port, removed when the tests end;</li>
 * <li>otherwise, where a Docker engine runs, a {@code postgres:15} container (Testcontainers);</li>
 * <li>otherwise the tests stop with a message that says what to provide.</li>
 * </ol>
 * The database is named after the module under test ({@code project} for {@code project-service}, the directory the
 * tests run in) unless a {@code database} init argument names it. Every service module gets this resource, the Kafka
 * broker and the OIDC issuer without declaring them: test-support registers the three in
 * {@code META-INF/services/io.quarkus.test.common.QuarkusTestResourceLifecycleManager}, which Quarkus reads for each
 * {@code @QuarkusTest} run.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {
    public static final String URL_ENV = "JIXIAO_TEST_JDBC_URL";

    private String database = moduleName() + "_" + ProcessHandle.current().pid();
    private ThrowAwayCluster cluster;
    private org.testcontainers.containers.GenericContainer<?> container;

    @Override
    public void init(Map<String, String> initArgs) {
        if (initArgs.containsKey("database")) {
            database = initArgs.get("database") + "_" + ProcessHandle.current().pid();
        }
    }

    /** Surefire runs in the module's directory: {@code review-service} → {@code review}. */
    private static String moduleName() {
        Path dir = Path.of("").toAbsolutePath().getFileName();
        String name =
                dir == null ? "jixiao" : dir.toString().replace("-service", "").replaceAll("[^A-Za-z0-9]", "_");
        return name.isEmpty() ? "jixiao" : name.toLowerCase();
    }

    @Override
    public Map<String, String> start() {
        String url = System.getenv(URL_ENV);
        if (url != null && !url.isBlank()) {
            String user =
                    Optional.ofNullable(System.getenv("JIXIAO_TEST_DB_USER")).orElse("postgres");
            String password = Optional.ofNullable(System.getenv("JIXIAO_TEST_DB_PASSWORD"))
                    .orElse("");
            String dbUrl = createDatabase(url, user, password);
            return config(dbUrl, user, password);
        }
        Optional<Path> bin = findPostgresBin();
        if (bin.isEmpty()) {
            return startContainer();
        }
        cluster = ThrowAwayCluster.start(bin.get());
        String dbUrl = createDatabase(cluster.jdbcUrl("postgres"), "postgres", "");
        return config(dbUrl, "postgres", "");
    }

    @Override
    public void stop() {
        if (cluster != null) {
            cluster.stop();
        }
        if (container != null) {
            container.stop();
        }
    }

    private Map<String, String> startContainer() {
        if (!org.testcontainers.DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("No PostgreSQL for the tests: set " + URL_ENV + " to a server's JDBC URL, "
                    + "or install the Debian PostgreSQL package (apt-get install postgresql), or run a Docker engine.");
        }
        container = new org.testcontainers.containers.GenericContainer<>("postgres:15")
                .withEnv("POSTGRES_PASSWORD", "postgres")
                .withExposedPorts(5432)
                .waitingFor(org.testcontainers.containers.wait.strategy.Wait.forLogMessage(
                        ".*database system is ready to accept connections.*", 2));
        container.start();
        String server = "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/postgres";
        return config(createDatabase(server, "postgres", "postgres"), "postgres", "postgres");
    }

    private Map<String, String> config(String url, String user, String password) {
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    private String createDatabase(String serverUrl, String user, String password) {
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + database + " at " + serverUrl, e);
        }
        int slash = serverUrl.lastIndexOf('/');
        int query = serverUrl.indexOf('?', slash);
        return serverUrl.substring(0, slash + 1) + database + (query < 0 ? "" : serverUrl.substring(query));
    }

    /**
     * A PostgreSQL server found the same way (environment URL, local installation, Docker) for tests that need several
     * databases on one server, such as the system tests that run all four services.
     */
    public static Server server() {
        PostgresTestDatabase holder = new PostgresTestDatabase();
        holder.database = "jixiao_probe_" + ProcessHandle.current().pid();
        Map<String, String> cfg = holder.start();
        String url = cfg.get("quarkus.datasource.jdbc.url");
        return new Server(
                holder,
                url.substring(0, url.lastIndexOf('/') + 1),
                cfg.get("quarkus.datasource.username"),
                cfg.get("quarkus.datasource.password"));
    }

    /** A server on which {@link #database} creates fresh databases; {@link #stop} removes a throw-away cluster. */
    public record Server(PostgresTestDatabase owner, String urlPrefix, String user, String password) {
        public String database(String name) {
            owner.database = name + "_" + ProcessHandle.current().pid();
            return owner.createDatabase(urlPrefix + "postgres", user, password);
        }

        public void stop() {
            owner.stop();
        }

        /** Whether {@link #restart} can restart this server (only a throw-away cluster of the tests' own). */
        public boolean restartable() {
            return owner.cluster != null;
        }

        /** Stops the server as a crash would (immediate: no checkpoint, every connection cut) and starts it again. */
        public void restart() {
            owner.cluster.restart();
        }
    }

    static Optional<Path> findPostgresBin() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** initdb + pg_ctl on a free port, as the postgres user when the tests run as root (initdb refuses root). */
    static final class ThrowAwayCluster {
        private final Path bin;
        private final Path dir;
        private final int port;
        private final boolean asPostgres;

        private ThrowAwayCluster(Path bin, Path dir, int port, boolean asPostgres) {
            this.bin = bin;
            this.dir = dir;
            this.port = port;
            this.asPostgres = asPostgres;
        }

        static ThrowAwayCluster start(Path bin) {
            try {
                boolean root = "root".equals(System.getProperty("user.name"));
                Path dir = Files.createTempDirectory("jixiao-pg-");
                if (root) {
                    run(List.of("chown", "postgres:postgres", dir.toString()));
                }
                ThrowAwayCluster c = new ThrowAwayCluster(bin, dir, FreePorts.next(), root);
                c.pg(List.of(
                        bin.resolve("initdb").toString(),
                        "-D",
                        dir.resolve("data").toString(),
                        "-A",
                        "trust",
                        "-U",
                        "postgres",
                        "-E",
                        "UTF8",
                        "--no-locale",
                        "--no-sync"));
                c.startServer();
                Runtime.getRuntime().addShutdownHook(new Thread(c::stop));
                return c;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void startServer() {
            pg(List.of(
                    bin.resolve("pg_ctl").toString(),
                    "-D",
                    dir.resolve("data").toString(),
                    "-l",
                    dir.resolve("server.log").toString(),
                    "-o",
                    "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                            + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
                    "-w",
                    "start"));
        }

        synchronized void restart() {
            pg(List.of(
                    bin.resolve("pg_ctl").toString(),
                    "-D",
                    dir.resolve("data").toString(),
                    "-m",
                    "immediate",
                    "-w",
                    "stop"));
            startServer();
        }

        String jdbcUrl(String db) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + db;
        }

        synchronized void stop() {
            if (!Files.exists(dir.resolve("data"))) {
                return;
            }
            try {
                pg(List.of(
                        bin.resolve("pg_ctl").toString(),
                        "-D",
                        dir.resolve("data").toString(),
                        "-m",
                        "immediate",
                        "-w",
                        "stop"));
            } catch (RuntimeException e) {
                // already stopped
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temp directory is harmless
            }
        }

        private void pg(List<String> command) {
            if (asPostgres) {
                List<String> wrapped = new java.util.ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
                wrapped.addAll(command);
                run(wrapped);
            } else {
                run(command);
            }
        }

        private static void run(List<String> command) {
            try {
                Process p =
                        new ProcessBuilder(command).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes());
                if (p.waitFor() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
