package io.jixiao.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Kafka version is written once, as the root pom's {@code kafka.version} (the clients' version, which the local
 * broker's jars follow through deploy/local/tools/fetch). Image tags cannot read a pom, so every place that names a
 * broker image is checked against it here: a version bump that forgets one fails the build instead of running a
 * broker the clients were not tested with.
 */
class KafkaVersionTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern IMAGE = Pattern.compile("(?:apache|jixiao)/kafka:([0-9][0-9.]*[0-9])");

    @Test
    void everyBrokerImageNamesThePomsKafkaVersion() throws IOException {
        String version = pomKafkaVersion();
        List<String> found = new ArrayList<>();
        // deploy/docker/local-images.env is written by build-local-images from the same version (not in git)
        for (String file : List.of("docker-compose.yml", "deploy/README.md", "deploy/docker/build-local-images")) {
            Matcher m = IMAGE.matcher(Files.readString(ROOT.resolve(file)));
            while (m.find()) {
                found.add(file + ": " + m.group());
                assertEquals(
                        version,
                        m.group(1),
                        file + " names " + m.group() + " but the root pom's kafka.version is " + version);
            }
        }
        assertFalse(found.isEmpty(), "no broker image found: the pattern no longer matches how the files name it");
    }

    @Test
    void theStrimziClusterRunsTheSameMinorVersion() throws IOException {
        // Strimzi lists the exact Kafka versions each operator release supports, which may trail a patch release;
        // the minor version must match so the clients' protocol features (KIP-848 groups) are there.
        String version = pomKafkaVersion();
        Matcher m = Pattern.compile("(?m)^\\s+version: ([0-9.]+)$")
                .matcher(Files.readString(ROOT.resolve("deploy/k8s/base/kafka.yaml")));
        assertEquals(true, m.find(), "no Kafka version in deploy/k8s/base/kafka.yaml");
        assertEquals(minor(version), minor(m.group(1)), "the Strimzi cluster runs Kafka " + m.group(1));
    }

    private static String pomKafkaVersion() throws IOException {
        Matcher m = Pattern.compile("<kafka.version>([^<]+)</kafka.version>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertEquals(true, m.find(), "the root pom has no kafka.version");
        return m.group(1);
    }

    private static String minor(String version) {
        String[] parts = version.split("\\.");
        return parts[0] + "." + parts[1];
    }
}
