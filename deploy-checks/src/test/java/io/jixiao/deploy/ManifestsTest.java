package io.jixiao.deploy;

import static io.jixiao.testsupport.Commands.onPath;
import static io.jixiao.testsupport.Commands.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jixiao.testsupport.Commands.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kubernetes manifests (deploy/k8s) as an admin would apply them: each overlay renders offline with
 * {@code kubectl kustomize}, and every document passes deploy/k8s/check/validate.mjs (schemas of Kubernetes, Strimzi,
 * CloudNativePG and Keycloak resources; probes, limits, non-root, read-only root filesystems, no secret values, no
 * {@code latest}; Kafka ACLs that match the topics each service really writes and reads). Needs kubectl and Node.js
 * (both on the build machines); without them the tests are skipped and say why.
 */
class ManifestsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path CHECK = ROOT.resolve("deploy/k8s/check");
    private static final Path OUT = Path.of("target", "k8s").toAbsolutePath();

    @BeforeAll
    static void tools() throws Exception {
        assumeTrue(onPath("kubectl"), "kubectl is not installed: the manifest checks are skipped");
        assumeTrue(onPath("node") && onPath("npm"), "Node.js is not installed: the manifest checks are skipped");
        if (!Files.isDirectory(CHECK.resolve("node_modules/kubernetes-models"))) {
            Result npm = run(CHECK, "npm", "ci", "--no-audit", "--no-fund");
            assertEquals(0, npm.code(), "npm ci in deploy/k8s/check failed:\n" + npm.output());
        }
        Files.createDirectories(OUT);
    }

    @ParameterizedTest(name = "overlay {0} renders and passes every check")
    @ValueSource(strings = {"local", "production"})
    void overlayRendersAndPassesEveryCheck(String overlay) throws Exception {
        Path rendered = render(overlay);
        Result check = run(CHECK, "node", "validate.mjs", "--services", ROOT.toString(), rendered.toString());
        System.out.println("[" + overlay + "] " + check.output().strip());
        assertEquals(0, check.code(), check.output());
        String yaml = Files.readString(rendered);
        Map<String, Integer> expected = Map.of(
                "Deployment",
                4,
                "Service",
                4,
                "HorizontalPodAutoscaler",
                4,
                "PodDisruptionBudget",
                4,
                "ServiceAccount",
                4,
                "KafkaTopic",
                8,
                "KafkaUser",
                4,
                "Database",
                4,
                "Ingress",
                1,
                "KeycloakRealmImport",
                1);
        expected.forEach(
                (kind, n) -> assertEquals(n, count(yaml, "(?m)^kind: " + kind + "$"), kind + " in " + overlay));
        assertTrue(count(yaml, "(?m)^kind: NetworkPolicy$") >= 5, "network policies in " + overlay);
    }

    @Test
    void productionRunsEverythingRedundantly() throws Exception {
        String yaml = Files.readString(render("production"));
        assertEquals(4, count(yaml, "(?m)^  replicas: 2$"), "every service Deployment with 2 replicas");
        assertEquals(4, count(yaml, "(?m)^  minReplicas: 2$"), "every autoscaler keeps 2");
        assertTrue(yaml.contains("  instances: 3\n"), "three PostgreSQL instances");
        assertEquals(9, count(yaml, "(?m)^  replicas: 3$"), "the eight topics and the Kafka node pool with 3 replicas");
        assertTrue(!yaml.contains(":latest"), "no latest tag");
    }

    /** The checks are only worth something if they fail: every rule broken once in bad/manifests.yaml is named. */
    @Test
    void theChecksCatchWhatTheyMust() throws Exception {
        Path bad = CHECK.resolve("bad/manifests.yaml");
        Result check = run(CHECK, "node", "validate.mjs", "--services", ROOT.toString(), bad.toString());
        assertEquals(1, check.code(), check.output());
        List<String> expected = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^# EXPECT: (.+)$").matcher(Files.readString(bad));
        while (m.find()) {
            expected.add(m.group(1).strip());
        }
        assertTrue(expected.size() >= 15, "the bad manifests name what they break");
        for (String finding : expected) {
            assertTrue(check.output().contains(finding), "not caught: " + finding + "\n" + check.output());
        }
    }

    private static Path render(String overlay) throws Exception {
        Result r = run(ROOT, "kubectl", "kustomize", "deploy/k8s/overlays/" + overlay);
        assertEquals(0, r.code(), "kubectl kustomize " + overlay + ":\n" + r.output());
        Path file = OUT.resolve(overlay + ".yaml");
        Files.writeString(file, r.output());
        return file;
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
