package io.jixiao.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A finance bureau's endpoint is down while a table is submitted; review-service retries the delivery and is killed
 * (SIGKILL) in the middle of its retries. After the restart the delivery goes on from the database: it arrives once,
 * with the webhook-id it had from the start and a valid signature.
 */
class WebhookAcrossRestartTest {
    record Received(String webhookId, Map<String, List<String>> headers, String body, int answered) {}

    static Stack stack;
    Actors actors;
    HttpServer receiver;
    final AtomicBoolean down = new AtomicBoolean(true);
    final List<Received> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        stack = Stack.get();
    }

    @BeforeEach
    void receiver() throws Exception {
        actors = new Actors(stack);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int code = down.get() ? 503 : 200;
            received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"), headers, body, code));
            exchange.sendResponseHeaders(code, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void aDeliveryInRetryOutlivesAKilledReviewService() throws Exception {
        actors.registered(2021);
        String finance = actors.financeReviewer();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        // review-service learns of the bureau from project-service's org events: until then it answers 400 for its code
        String secret = Actors.await("review-service to know the bureau", 30, () -> {
            var r = actors.as(finance, "review")
                    .body(Map.of("url", url, "eventTypes", List.of("target-table.submitted.v1")))
                    .post("/api/v1/webhooks");
            return r.statusCode() == 201 ? r.then().extract().<String>path("secret") : null;
        });
        String table = actors.preparedTable("回调重启测试项目");
        actors.as(actors.staff(), "indicator")
                .post("/api/v1/target-tables/" + table + "/submit")
                .then()
                .statusCode(200);

        Actors.await("two failed attempts", 60, () -> received.size() >= 2 ? true : null);
        String webhookId = received.get(0).webhookId();
        stack.killAndRestart("review");
        int failedBefore = received.size();
        down.set(false);

        Received delivered = Actors.await(
                "the delivery after the restart",
                90,
                () -> received.stream()
                        .filter(r -> r.answered() == 200)
                        .findFirst()
                        .orElse(null));
        new Webhook(secret).verify(delivered.body(), delivered.headers());
        assertEquals(
                webhookId,
                delivered.webhookId(),
                "the same webhook-id across the restart: the receiver's idempotency key");
        assertTrue(delivered.body().contains(table), "the submitted table's event");
        Stack.sleep(3000);
        assertEquals(1, received.stream().filter(r -> r.answered() == 200).count(), "delivered once");
        assertTrue(received.stream().allMatch(r -> webhookId.equals(r.webhookId())), "no other delivery was made");
        System.out.printf(
                "webhook: %d failed attempts before the kill, %d in all, delivered after the restart%n",
                failedBefore, received.size());
        String subscription = actors.as(finance, "review")
                .get("/api/v1/webhooks")
                .then()
                .extract()
                .path("[0].id");
        actors.as(finance, "review")
                .get("/api/v1/webhooks/" + subscription + "/deliveries")
                .then()
                .statusCode(200)
                .body("[0].status", org.hamcrest.Matchers.equalTo("DELIVERED"));
    }
}
