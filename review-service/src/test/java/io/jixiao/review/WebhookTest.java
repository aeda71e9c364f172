package io.jixiao.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import io.jixiao.testsupport.EventProbe;
import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A finance bureau subscribes a real HTTP receiver (started here) and gets the events of its region, signed to the
 * Standard Webhooks spec and checked with the same library a bureau would use; failures are retried with the same
 * webhook-id, 410 disables, another region's events never arrive.
 */
@QuarkusTest
class WebhookTest {
    record Received(Map<String, List<String>> headers, String body) {}

    final ReviewFlowTest region = new ReviewFlowTest();
    final ReviewFlowTest otherRegion = new ReviewFlowTest();
    final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    HttpServer receiver;

    @BeforeEach
    void start() throws Exception {
        region.tree();
        otherRegion.tree();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            Map<String, List<String>> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v));
            received.add(new Received(
                    headers, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Integer code = answers.poll();
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(code == null ? 200 : code, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void aBureauReceivesItsRegionsEventsSignedAndRetried() throws Exception {
        String finance = Tokens.of("finance", region.bureau, "finance-reviewer");
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        Map<String, Object> body = Map.of(
                "url",
                url,
                "description",
                "预算一体化",
                "eventTypes",
                List.of("target-table.submitted.v1", "review.completed.v1"));
        as(Tokens.of("staff", region.unit, "unit-staff"))
                .body(body)
                .post("/api/v1/webhooks")
                .then()
                .statusCode(403);
        String secret = as(finance)
                .body(body)
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .body("secret", startsWith("whsec_"))
                .extract()
                .path("secret");
        String id = as(finance)
                .get("/api/v1/webhooks")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");
        as(finance)
                .get("/api/v1/webhooks/" + id)
                .then()
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("secret")));
        as(Tokens.of("finance2", otherRegion.bureau, "finance-reviewer"))
                .get("/api/v1/webhooks/" + id)
                .then()
                .statusCode(404);

        answers.add(500); // the receiver is down once: the same delivery comes again
        UUID theirs = UUID.randomUUID();
        EventProbe.send(
                "target-tables",
                theirs.toString(),
                "target-table.submitted.v1",
                UUID.randomUUID(),
                otherRegion.submitted(theirs, 1, null));
        UUID table = UUID.randomUUID();
        EventProbe.send(
                "target-tables",
                table.toString(),
                "target-table.submitted.v1",
                UUID.randomUUID(),
                region.submitted(table, 1, null));

        Received first = received.poll(30, TimeUnit.SECONDS);
        Received second = received.poll(30, TimeUnit.SECONDS);
        assertTrue(first != null && second != null, "delivered, then delivered again after the 500");
        assertEquals(
                first.headers().get("webhook-id"), second.headers().get("webhook-id"), "one webhook-id across retries");
        new Webhook(secret).verify(second.body(), second.headers());
        assertTrue(second.body().contains("\"type\":\"target-table.submitted.v1\"")
                && second.body().contains(table.toString()));
        assertNull(received.poll(3, TimeUnit.SECONDS), "another region's table never reaches this bureau");

        as(finance)
                .get("/api/v1/webhooks/" + id + "/deliveries")
                .then()
                .statusCode(200)
                .body("[0].status", equalTo("DELIVERED"))
                .body("[0].attempts", equalTo(2))
                .body("[0].attemptLog.statusCode", equalTo(List.of(500, 200)));

        String rotated = as(finance)
                .post("/api/v1/webhooks/" + id + "/rotate-secret")
                .then()
                .statusCode(200)
                .extract()
                .path("secret");
        String delivery = as(finance)
                .get("/api/v1/webhooks/" + id + "/deliveries")
                .then()
                .extract()
                .path("[0].id");
        as(finance)
                .post("/api/v1/webhooks/" + id + "/deliveries/" + delivery + "/redeliver")
                .then()
                .statusCode(202);
        Received again = received.poll(30, TimeUnit.SECONDS);
        assertTrue(
                again.headers().get("webhook-signature").get(0).contains(" "),
                "both signatures while the old secret overlaps");
        new Webhook(rotated).verify(again.body(), again.headers());
        new Webhook(secret).verify(again.body(), again.headers());

        int replayed = as(finance)
                .queryParam(
                        "since", java.time.OffsetDateTime.now().minusHours(1).toString())
                .post("/api/v1/webhooks/" + id + "/replay")
                .then()
                .statusCode(200)
                .extract()
                .path("replayed");
        assertEquals(1, replayed, "the window holds the one delivery of this subscription");
        Received replay = received.poll(30, TimeUnit.SECONDS);
        assertEquals(
                first.headers().get("webhook-id"), replay.headers().get("webhook-id"), "a replay keeps the webhook-id");

        answers.add(410); // the bureau retired the endpoint: the subscription is disabled, and says why
        UUID next = UUID.randomUUID();
        EventProbe.send(
                "target-tables",
                next.toString(),
                "target-table.submitted.v1",
                UUID.randomUUID(),
                region.submitted(next, 1, null));
        received.poll(30, TimeUnit.SECONDS);
        for (int i = 0;
                i < 50
                        && Boolean.TRUE.equals(as(finance)
                                .get("/api/v1/webhooks/" + id)
                                .then()
                                .extract()
                                .path("enabled"));
                i++) {
            Thread.sleep(100);
        }
        as(finance)
                .get("/api/v1/webhooks/" + id)
                .then()
                .body("enabled", equalTo(false))
                .body("disabledReason", org.hamcrest.Matchers.containsString("410"));
    }

    /** A later event of one table waits while an earlier one to the same endpoint is being retried. */
    @Test
    void oneTablesEventsArriveInTheirOrderAcrossRetries() throws Exception {
        String finance = Tokens.of("finance", region.bureau, "finance-reviewer");
        as(finance)
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                        "eventTypes",
                        List.of("target-table.submitted.v1")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201);
        answers.add(500);
        answers.add(500);
        UUID table = UUID.randomUUID();
        EventProbe.send(
                "target-tables",
                table.toString(),
                "target-table.submitted.v1",
                UUID.randomUUID(),
                region.submitted(table, 1, null));
        EventProbe.send(
                "target-tables",
                table.toString(),
                "target-table.submitted.v1",
                UUID.randomUUID(),
                region.submitted(table, 2, null));
        List<String> versions = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Received r = received.poll(30, TimeUnit.SECONDS);
            assertTrue(r != null, "delivery " + (i + 1) + " of 4 (two failed, then both events) arrived");
            versions.add(r.body().contains("\"previousVersion\":1") ? "v2" : "v1");
        }
        assertEquals(List.of("v1", "v1", "v1", "v2"), versions, "v2 only after v1 was delivered");
    }

    /**
     * One bureau's endpoint hangs: its delivery times out and is retried, and meanwhile another bureau's deliveries are
     * not held up behind it (each delivery in flight has its own sender).
     */
    @Test
    void aHangingEndpointTimesOutIsRetriedAndHoldsNobodyElseUp() throws Exception {
        java.util.concurrent.CountDownLatch hanging = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger slowCalls = new java.util.concurrent.atomic.AtomicInteger();
        HttpServer slow = server(exchange -> {
            if (slowCalls.incrementAndGet() == 1) {
                hanging.countDown();
                sleepQuietly(6000); // longer than the timeout (3 s in tests)
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        BlockingQueue<Long> fastArrivals = new LinkedBlockingQueue<>();
        HttpServer fast = server(exchange -> {
            fastArrivals.add(System.nanoTime());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        try {
            String slowBureau = Tokens.of("finance", region.bureau, "finance-reviewer");
            String fastBureau = Tokens.of("finance", otherRegion.bureau, "finance-reviewer");
            String slowId = subscribe(slowBureau, slow);
            subscribe(fastBureau, fast);
            UUID slowTable = UUID.randomUUID();
            EventProbe.send(
                    "target-tables",
                    slowTable.toString(),
                    "target-table.submitted.v1",
                    UUID.randomUUID(),
                    region.submitted(slowTable, 1, null));
            assertTrue(hanging.await(30, TimeUnit.SECONDS), "the slow endpoint got its first call");
            long sent = System.nanoTime();
            UUID fastTable = UUID.randomUUID();
            EventProbe.send(
                    "target-tables",
                    fastTable.toString(),
                    "target-table.submitted.v1",
                    UUID.randomUUID(),
                    otherRegion.submitted(fastTable, 1, null));
            Long arrived = fastArrivals.poll(20, TimeUnit.SECONDS);
            assertTrue(arrived != null, "the other bureau's delivery arrived");
            // while the slow endpoint's first attempt is still in flight (not yet timed out and recorded): a dispatcher
            // that
            // sent one delivery at a time would have served the other bureau only after that attempt ended
            as(slowBureau)
                    .get("/api/v1/webhooks/" + slowId + "/deliveries")
                    .then()
                    .body("[0].attempts", equalTo(0))
                    .body("[0].status", equalTo("PENDING"));
            System.out.printf(
                    "other bureau served %d ms after its event while one endpoint hung%n",
                    (arrived - sent) / 1_000_000);

            for (int i = 0;
                    i < 100
                            && !"DELIVERED"
                                    .equals(as(slowBureau)
                                            .get("/api/v1/webhooks/" + slowId + "/deliveries")
                                            .then()
                                            .extract()
                                            .path("[0].status"));
                    i++) {
                Thread.sleep(200);
            }
            as(slowBureau)
                    .get("/api/v1/webhooks/" + slowId + "/deliveries")
                    .then()
                    .body("[0].status", equalTo("DELIVERED"))
                    .body("[0].attempts", equalTo(2))
                    .body("[0].attemptLog[0].error", org.hamcrest.Matchers.containsString("Timeout"));
        } finally {
            slow.stop(0);
            fast.stop(0);
        }
    }

    private String subscribe(String finance, HttpServer server) {
        return as(finance)
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:" + server.getAddress().getPort() + "/hook",
                        "eventTypes",
                        List.of("target-table.submitted.v1")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static HttpServer server(com.sun.net.httpserver.HttpHandler handler) throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            handler.handle(exchange);
        });
        server.start();
        return server;
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void endpointsAndEventTypesAreChecked() {
        String admin = Tokens.of("admin", null, "admin");
        as(admin)
                .body(Map.of("url", "ftp://example.com/x", "eventTypes", List.of("review.completed.v1")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("url"));
        as(admin)
                .body(Map.of("url", "https://example.com/x", "eventTypes", List.of("no.such.event.v1")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("eventTypes[0]"));
        as(admin)
                .get("/api/v1/webhooks/event-types")
                .then()
                .statusCode(200)
                .body("type", org.hamcrest.Matchers.hasItems("target-table.submitted.v1", "evaluation.scored.v1"));
        as(Tokens.of("auditor", null, "auditor")).get("/api/v1/webhooks").then().statusCode(403);
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }
}
