package io.jixiao.client;

import static io.jixiao.testsupport.Commands.onPath;
import static io.jixiao.testsupport.Commands.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jixiao.testsupport.Commands.Result;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The typed client as a front-end team uses it: generated from the combined document and compiled (a type error in
 * the client or its tests fails here), then its Node tests run against the local stack (deploy/local/start; started
 * here when it is not running, and stopped again afterwards) as the demo users. Needs Node.js; the browser test of
 * the disclosure page also needs Debian's chromium. Without them the tests are skipped and say why.
 */
class TypeScriptClientTest {
    private static final Path CLIENT = Path.of("").toAbsolutePath();
    private static final Path ROOT = CLIENT.resolve("../..").normalize();
    private static boolean startedHere;

    @BeforeAll
    static void stack() throws Exception {
        assumeTrue(onPath("node") && onPath("npm"), "Node.js is not installed: the TypeScript client is not tested");
        if (!Files.isDirectory(CLIENT.resolve("node_modules/openapi-fetch"))) {
            Result npm = run(CLIENT, "npm", "ci", "--no-audit", "--no-fund");
            assertEquals(0, npm.code(), "npm ci failed:\n" + npm.output());
        }
        if (!ready()) {
            // the stack's processes outlive the script: its output goes to a file, not to a pipe they would hold open
            Path log = CLIENT.resolve("target/stack-start.log");
            Files.createDirectories(log.getParent());
            Result start = run(Duration.ofMinutes(15), ROOT, "bash", "-c", "deploy/local/start >" + log + " 2>&1");
            assertEquals(0, start.code(), "deploy/local/start failed:\n" + Files.readString(log));
            startedHere = true;
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (startedHere) {
            run(ROOT, "deploy/local/stop");
        }
    }

    @Test
    void theClientCompilesAndItsTestsPassAgainstTheLocalStack() throws Exception {
        Result build = run(CLIENT, "npm", "run", "build");
        assertEquals(0, build.code(), "the client or its tests do not compile against the API:\n" + build.output());

        Result tests = run(Duration.ofMinutes(10), CLIENT, "npm", "test");
        System.out.println(tests.output());
        assertEquals(0, tests.code(), tests.output());
    }

    private static boolean ready() {
        try {
            HttpResponse<Void> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:8081/q/health/ready"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }
}
