package io.jixiao.testsupport;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Records no consumer can apply, sent to a channel ahead of one good record: each must be parked as a dead letter with
 * its reason, the good record must still be applied, and liveness must stay UP. Used by every service's poison test.
 */
public final class PoisonRecords {
    private PoisonRecords() {}

    /** A poison record: what is wrong with it, its headers (null values left out) and its body. */
    public record Poison(String what, Map<String, String> headers, String body) {}

    /** The catalogue for a channel whose consumer applies {@code type}. */
    public static List<Poison> catalogue(String type) {
        List<Poison> all = new ArrayList<>();
        all.add(new Poison("no headers at all", Map.of(), "{}"));
        all.add(new Poison(
                "ce_id is not a UUID",
                envelope("not-a-uuid", type, Instant.now().toString()),
                "{}"));
        all.add(new Poison("ce_type missing", envelope(UUID.randomUUID().toString(), null, null), "{}"));
        all.add(new Poison("ce_time is not a time", envelope(UUID.randomUUID().toString(), type, "yesterday"), "{}"));
        all.add(new Poison("body is not JSON", envelope(UUID.randomUUID().toString(), type, null), "this is not json"));
        all.add(new Poison("body is a JSON array", envelope(UUID.randomUUID().toString(), type, null), "[1,2,3]"));
        all.add(new Poison("body is empty", envelope(UUID.randomUUID().toString(), type, null), null));
        all.add(new Poison(
                "required fields missing",
                envelope(UUID.randomUUID().toString(), type, null),
                "{\"someFieldFromTheFuture\":true}"));
        all.add(new Poison(
                "ids of the wrong kind",
                envelope(UUID.randomUUID().toString(), type, null),
                "{\"id\":12,\"projectId\":\"x\",\"subjectId\":[],\"batchId\":{},\"version\":\"two\",\"year\":\"MMXX\","
                        + "\"code\":null,\"table\":\"t\",\"evaluation\":7,\"budgetExecution\":\"lots\"}"));
        all.add(new Poison(
                "NUL characters and huge numbers",
                envelope(UUID.randomUUID().toString(), type, null),
                "{\"id\":\"\\u0000\",\"version\":1e400,\"name\":\"a\\u0000b\"}"));
        return all;
    }

    private static Map<String, String> envelope(String id, String type, String time) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("ce_specversion", "1.0");
        h.put("ce_id", id);
        if (type != null) {
            h.put("ce_type", type);
        }
        h.put("ce_source", "/attacker");
        if (time != null) {
            h.put("ce_time", time);
        }
        return h;
    }

    /**
     * Sends the catalogue for {@code type} on {@code topic} under {@code key}, then {@code good} (a valid event for the
     * same consumer), and waits until the good one is applied and every poison is parked by {@code consumer}.
     * Checks liveness last. Answers the number of poison records sent.
     */
    public static int proveChannelSurvives(
            String topic,
            String key,
            String type,
            String consumer,
            String adminToken,
            Runnable good,
            BooleanSupplier goodApplied) {
        return proveChannelSurvives(topic, key, type, consumer, adminToken, List.of(), good, goodApplied);
    }

    /**
     * As above, with {@code contractBreaks} too: well-formed JSON of the right type that breaks the event's contract (a
     * required field missing, an org path that is not one, a value outside its vocabulary). Each must be parked, not
     * applied with a default.
     */
    public static int proveChannelSurvives(
            String topic,
            String key,
            String type,
            String consumer,
            String adminToken,
            List<String> contractBreaks,
            Runnable good,
            BooleanSupplier goodApplied) {
        long before = settledParked(consumer, adminToken);
        List<Poison> poisons = new ArrayList<>(catalogue(type));
        contractBreaks.forEach(body -> poisons.add(
                new Poison("breaks the contract", envelope(UUID.randomUUID().toString(), type, null), body)));
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.bootstrapServers());
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (Poison poison : poisons) {
                ProducerRecord<String, String> r = new ProducerRecord<>(topic, key, poison.body());
                poison.headers().forEach((k, v) -> r.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
                producer.send(r).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot send poison records", e);
        }
        good.run();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        long now = before;
        while (Instant.now().isBefore(deadline)) {
            now = parked(consumer, adminToken);
            if (goodApplied.getAsBoolean() && now - before >= poisons.size()) {
                break;
            }
            sleep(250);
        }
        if (!goodApplied.getAsBoolean()) {
            throw new AssertionError(topic + ": the good record after the poison was not applied");
        }
        if (now - before != poisons.size()) {
            throw new AssertionError(
                    consumer + " parked " + (now - before) + " of " + poisons.size() + " poison records");
        }
        given().when().get("/q/health/live").then().statusCode(200);
        return poisons.size();
    }

    /**
     * The parked count once it holds still for half a second: two consumer groups read the same topic (evaluation-service
     * reads the reviews topic for its sheets and for its monitoring sheets), so the previous test's poison may still be
     * reaching the other group when this one starts counting.
     */
    private static long settledParked(String consumer, String adminToken) {
        long last = parked(consumer, adminToken);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            sleep(500);
            long now = parked(consumer, adminToken);
            if (now == last) {
                return now;
            }
            last = now;
        }
        return last;
    }

    /** How many records {@code consumer} has parked (replayed ones included), through the admin API. */
    public static long parked(String consumer, String adminToken) {
        Number total = given().auth()
                .oauth2(adminToken)
                .queryParam("consumer", consumer)
                .queryParam("includeReplayed", true)
                .when()
                .get("/api/v1/dead-letters")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
        return total.longValue();
    }

    /** True once {@code consumer} has applied the event {@code eventId} (its inbox mark is there). */
    public static boolean processed(javax.sql.DataSource db, UUID eventId, String consumer) {
        try (var c = db.getConnection();
                var ps = c.prepareStatement("SELECT 1 FROM processed_event WHERE event_id = ? AND consumer = ?")) {
            ps.setObject(1, eventId);
            ps.setString(2, consumer);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
