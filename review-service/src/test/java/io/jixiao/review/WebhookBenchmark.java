package io.jixiao.review;

import static io.restassured.RestAssured.given;

import com.sun.net.httpserver.HttpServer;
import io.jixiao.testsupport.KafkaTestBroker;
import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Webhook throughput and latency against a local receiver: N target-table.submitted.v1 events of one region (each its
 * own table) go onto the topic at once; the receiver notes when each arrives. Prints deliveries per second and the
 * event → delivery latency (p50, p99). Not a test (no assertion on time):
 *   mvn -B test -pl review-service -Dtest=WebhookBenchmark [-Dwebhooks.events=2000] [-Dwebhooks.rate=0]
 *       [-Dwebhooks.receiver-delay-ms=0]
 * With a rate (events per second) the events come as a steady stream and the latency is that of a running system;
 * without, all at once, which measures the throughput of the whole path.
 * A receiver delay stands for a real bureau's endpoint, which answers in tens of milliseconds, not microseconds.
 */
@QuarkusTest
class WebhookBenchmark {
    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource db;

    @Test
    void deliveriesPerSecondAndLatency() throws Exception {
        int events = Integer.getInteger("webhooks.events", 2000);
        long delayMs = Long.getLong("webhooks.receiver-delay-ms", 0);
        int rate = Integer.getInteger("webhooks.rate", 0); // events per second; 0: all at once
        ReviewFlowTest region = new ReviewFlowTest();
        region.tree();
        Map<String, Long> arrived = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        receiver.setExecutor(Executors.newFixedThreadPool(32));
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (delayMs > 0) {
                sleep(delayMs);
            }
            arrived.putIfAbsent(exchange.getRequestHeaders().getFirst("webhook-id"), System.nanoTime());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String finance = Tokens.of("finance", region.bureau, "finance-reviewer");
            String subscription = given().auth()
                    .oauth2(finance)
                    .contentType("application/json")
                    .body(Map.of(
                            "url",
                            "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                            "eventTypes",
                            List.of("target-table.submitted.v1")))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");

            Map<String, Long> sent = new ConcurrentHashMap<>();
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.bootstrapServers());
            p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            long start = System.nanoTime();
            try (KafkaProducer<String, String> producer =
                    new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < events; i++) {
                    UUID table = UUID.randomUUID();
                    UUID id = UUID.randomUUID();
                    ProducerRecord<String, String> r =
                            new ProducerRecord<>("target-tables", table.toString(), region.submitted(table, 1, null));
                    Map.of(
                                    "ce_specversion",
                                    "1.0",
                                    "ce_id",
                                    id.toString(),
                                    "ce_source",
                                    "/benchmark",
                                    "ce_type",
                                    "target-table.submitted.v1",
                                    "ce_time",
                                    Instant.now().toString(),
                                    "content-type",
                                    "application/json")
                            .forEach((k, v) -> r.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
                    if (rate > 0) {
                        long due = start + i * 1_000_000_000L / rate;
                        while (System.nanoTime() < due) {
                            sleep(1);
                        }
                    }
                    sent.put(id.toString(), System.nanoTime());
                    producer.send(r);
                    if (rate > 0) {
                        producer.flush();
                    }
                }
            }
            long deadline = System.nanoTime() + 600_000_000_000L;
            while (arrived.size() < events && System.nanoTime() < deadline) {
                sleep(50);
            }
            long end =
                    arrived.values().stream().mapToLong(Long::longValue).max().orElse(start);
            List<Double> latencies = new ArrayList<>();
            arrived.forEach((id, at) -> {
                Long s = sent.get(id);
                if (s != null) {
                    latencies.add((at - s) / 1e6);
                }
            });
            Collections.sort(latencies);
            double seconds = (end - start) / 1e9;
            // where the time goes: storing the deliveries (the fan-out consumer) and sending them (the dispatcher)
            try (var c = db.getConnection();
                    var st = c.prepareStatement("""
                    SELECT extract(epoch FROM max(created_at) - min(created_at)),
                           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM delivered_at - created_at)),
                           percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM delivered_at - created_at))
                    FROM webhook_delivery WHERE subscription_id = ?::uuid""")) {
                st.setString(1, subscription);
                try (var rs = st.executeQuery()) {
                    rs.next();
                    System.out.printf(
                            "%nwebhooks: deliveries stored over %.1f s (%.0f/s); stored → delivered p50 %.0f ms,"
                                    + " p99 %.0f ms%n",
                            rs.getDouble(1), events / rs.getDouble(1), rs.getDouble(2) * 1000, rs.getDouble(3) * 1000);
                }
            }
            System.out.printf(
                    "%nwebhooks: %d of %d events delivered in %.1f s = %.0f deliveries/s; event → delivery"
                            + " latency p50 %.0f ms, p99 %.0f ms, max %.0f ms (rate %s, receiver delay %d ms)%n%n",
                    arrived.size(),
                    events,
                    seconds,
                    arrived.size() / seconds,
                    pct(latencies, 0.50),
                    pct(latencies, 0.99),
                    pct(latencies, 1.0),
                    rate > 0 ? rate + "/s" : "all at once",
                    delayMs);
        } finally {
            receiver.stop(0);
        }
    }

    private static double pct(List<Double> sorted, double q) {
        return sorted.isEmpty()
                ? Double.NaN
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
