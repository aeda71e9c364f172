package io.jixiao.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real Kafka broker (KRaft, one combined broker + controller) in a child JVM on fixed free ports, so a test can
 * stop it, let the system work without it, and start it again with the same data and address.
 * One broker per test JVM, shared by every test class.
 */
public class KafkaTestBroker implements QuarkusTestResourceLifecycleManager {
    private static Broker broker;

    @Override
    public synchronized Map<String, String> start() {
        if (broker == null) {
            broker = new Broker();
            broker.format();
            broker.startProcess();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::kill));
        }
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker lives as long as the test JVM: Quarkus may restart the application between test classes
    }

    public static String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Stops the broker process as a crash would (SIGKILL), keeping its data. */
    public static void kill() {
        broker.kill();
    }

    /** Starts the broker again on the same ports and data, and waits until it answers. */
    public static void restart() {
        broker.startProcess();
    }

    static final class Broker {
        private final int port = FreePorts.next();
        private final int controllerPort = FreePorts.next();
        private final Path dir;
        private Process process;

        Broker() {
            try {
                dir = Files.createTempDirectory("jixiao-kafka-");
                Files.writeString(dir.resolve("server.properties"), properties());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String bootstrapServers() {
            return "localhost:" + port;
        }

        private String properties() {
            return String.join(
                            "\n",
                            "process.roles=broker,controller",
                            "node.id=1",
                            "controller.quorum.voters=1@localhost:" + controllerPort,
                            "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                            "advertised.listeners=PLAINTEXT://localhost:" + port,
                            "controller.listener.names=CONTROLLER",
                            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                            "log.dirs=" + dir.resolve("data"),
                            "num.partitions=1",
                            "offsets.topic.replication.factor=1",
                            "transaction.state.log.replication.factor=1",
                            "transaction.state.log.min.isr=1",
                            "share.coordinator.state.topic.replication.factor=1",
                            "group.initial.rebalance.delay.ms=0",
                            // a restarted broker re-registers with its controller once its killed incarnation's session
                            // has
                            // expired: seconds here instead of the default 9 (the faults of the tests restart it often)
                            "broker.session.timeout.ms=3000",
                            "broker.heartbeat.interval.ms=500",
                            // a killed consumer's partitions move to the others within seconds (KIP-848 groups, broker
                            // side)
                            "group.consumer.session.timeout.ms=6000",
                            "group.consumer.min.session.timeout.ms=6000",
                            "group.consumer.heartbeat.interval.ms=1000",
                            "group.consumer.min.heartbeat.interval.ms=1000",
                            "auto.create.topics.enable=true",
                            "log.flush.interval.messages=1")
                    + "\n";
        }

        void format() {
            List<String> cmd = java(
                    "kafka.tools.StorageTool",
                    "format",
                    "-t",
                    randomClusterId(),
                    "-c",
                    dir.resolve("server.properties").toString(),
                    "--ignore-formatted");
            try {
                Process p = new ProcessBuilder(cmd)
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("format.log").toFile())
                        .start();
                if (p.waitFor() != 0) {
                    throw new IllegalStateException(
                            "kafka storage format failed: " + Files.readString(dir.resolve("format.log")));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        synchronized void startProcess() {
            if (process != null && process.isAlive()) {
                return;
            }
            try {
                process = new ProcessBuilder(java(
                                "kafka.Kafka", dir.resolve("server.properties").toString()))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(
                                dir.resolve("broker.log").toFile()))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // a restart after SIGKILL recovers its logs and reloads every consumer group: on two busy cores that can
            // take
            // a minute or more
            awaitReady(Duration.ofSeconds(180));
        }

        synchronized void kill() {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
                try {
                    process.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private void awaitReady(Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            Exception last = null;
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("kafka broker exited; see " + dir.resolve("broker.log"));
                }
                if (portOpen()) {
                    try (Admin admin = Admin.create(Map.of(
                            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                            bootstrapServers(),
                            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                            3000,
                            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                            3000))) {
                        if (!admin.describeCluster().nodes().get().isEmpty()) {
                            return;
                        }
                    } catch (Exception e) {
                        last = e;
                    }
                }
                sleep(200);
            }
            throw new IllegalStateException(
                    "kafka broker not ready within " + timeout + "; see " + dir.resolve("broker.log"), last);
        }

        private boolean portOpen() {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("localhost", port), 200);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        private static List<String> java(String mainClass, String... args) {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-Xmx512m");
            cmd.add("-XX:+UseSerialGC");
            cmd.add("-XX:TieredStopAtLevel=1");
            cmd.add("-cp");
            cmd.add(kafkaClasspath());
            cmd.add(mainClass);
            cmd.addAll(List.of(args));
            return cmd;
        }

        /** The test JVM's classpath holds the kafka_2.13 jars (a dependency of this module); the child reuses them. */
        private static String kafkaClasspath() {
            String cp = System.getProperty("java.class.path");
            List<String> kept = new ArrayList<>();
            for (String entry : cp.split(File.pathSeparator)) {
                // keep the broker away from Quarkus' logging bridges; it logs through its own slf4j binding or not at
                // all
                if (!entry.contains("jboss-logmanager") && !entry.contains("slf4j-jboss")) {
                    kept.add(entry);
                }
            }
            return String.join(File.pathSeparator, kept);
        }

        /** Kafka's own ids never start with '-', which the storage tool's argument parser would take for an option. */
        private static String randomClusterId() {
            return org.apache.kafka.common.Uuid.randomUuid().toString();
        }

        private static void sleep(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
