package io.jixiao.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jixiao.testsupport.KafkaTestBroker;
import io.jixiao.testsupport.Tokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Two instances of every service (same databases, broker and consumer groups, as replicas run), a scripted workload
 * spread over both (projects, tables created, submitted, some returned and resubmitted, approved by both stages, budget
 * figures, a year close), and faults injected at random meanwhile: SIGKILL of a random instance whose twin is up (then
 * started again), the broker killed and restarted, PostgreSQL stopped immediately and restarted. Then the invariants: one task per
 * stage of every submission, one self-evaluation per approved table, every evaluation of the closed year closed with one
 * evaluation.scored.v1, no event published twice with different content, each table's events in version order, no
 * outbox row left unsent. Not in mvn verify (it runs several minutes):
 *   mvn -B -q install -DskipTests && mvn -B test -pl system-tests -Dtest=FaultInjectionSuite [-Dfaults=100] [-Dtables=24]
 */
class FaultInjectionSuite {
    private static final int YEAR = 2021;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    private final int faultsWanted = Integer.getInteger("faults", 100);
    private final int tables = Integer.getInteger("tables", 24);
    private final Random random = new Random(Long.getLong("seed", System.nanoTime()));
    private final AtomicInteger kills = new AtomicInteger();
    private final AtomicInteger brokerRestarts = new AtomicInteger();
    private final AtomicInteger databaseRestarts = new AtomicInteger();
    private final AtomicInteger retriedCalls = new AtomicInteger();
    private final Set<String> relaunching = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private Stack stack;
    private Actors actors;

    @Test
    void theWorkloadSurvivesFaultsWithNothingLostOrDoubled() throws Exception {
        stack = Stack.replicated(2);
        actors = new Actors(stack);
        call(
                "project",
                r -> r.auth().oauth2(Actors.admin()).body(Map.of("year", YEAR)).post("/api/v1/fiscal-years"));
        actors.registered();

        AtomicBoolean workloadDone = new AtomicBoolean();
        ExecutorService restarts = Executors.newFixedThreadPool(8); // one per instance: a slow start delays no other
        java.util.concurrent.atomic.AtomicReference<Throwable> injectorFailure =
                new java.util.concurrent.atomic.AtomicReference<>();
        Thread injector = new Thread(() -> injectFaults(workloadDone, restarts), "fault-injector");
        // a fault that cannot be injected (a broker that does not come back) fails the suite: a run without its faults
        // proves nothing
        injector.setUncaughtExceptionHandler((t, e) -> injectorFailure.set(e));
        injector.start();
        long started = System.nanoTime();
        List<String> approved = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            approved.add(throughReview("容错测试项目-" + i + "号", i % 4 == 1));
            progress("table %d of %d approved", i + 1, tables);
        }
        awaitEvaluations(approved);
        progress("closing %d (every self-evaluation prepared)", YEAR);
        // the year of this stack covers every region: an admin closes it, while the faults go on
        call("project", r -> r.auth().oauth2(Actors.admin()).post("/api/v1/fiscal-years/" + YEAR + "/close"));
        Actors.await(
                "the year close",
                600,
                () -> "COMPLETED"
                                .equals(call(
                                                "evaluation",
                                                r -> r.auth()
                                                        .oauth2(Actors.admin())
                                                        .get("/api/v1/year-closes?fiscalYear=" + YEAR))
                                        .path("[0].status"))
                        ? true
                        : null);
        progress("year closed");
        workloadDone.set(true);
        injector.join(); // faults go on until the workload is done and as many were injected as asked
        if (injectorFailure.get() != null) {
            throw new AssertionError("the fault injector stopped", injectorFailure.get());
        }
        int injected = kills.get() + brokerRestarts.get() + databaseRestarts.get();
        org.junit.jupiter.api.Assertions.assertTrue(
                injected >= faultsWanted, "injected " + injected + " of the " + faultsWanted + " faults asked for");
        restarts.shutdown();
        restarts.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES);
        for (String s : Stack.SERVICES) {
            for (int r = 0; r < 2; r++) {
                if (!stack.alive(s, r)) {
                    stack.launch(s, r);
                }
                stack.awaitReady(s, r, Duration.ofSeconds(180));
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        Checks checks = new Checks();
        checkInvariants(approved, checks);
        System.out.printf(
                "%nfault injection: %d faults (%d instance kills, %d broker restarts, %d database restarts) in %d s;"
                        + " %d calls retried on the other instance; %d tables through review; %d events published; %d effects"
                        + " checked; %d lost; %d duplicated%n%n",
                kills.get() + brokerRestarts.get() + databaseRestarts.get(),
                kills.get(),
                brokerRestarts.get(),
                databaseRestarts.get(),
                seconds,
                retriedCalls.get(),
                approved.size(),
                checks.events,
                checks.effects,
                checks.lost.size(),
                checks.duplicated.size());
        checks.lost.forEach(l -> System.out.println("LOST " + l));
        checks.duplicated.forEach(d -> System.out.println("DUPLICATED " + d));
        assertEquals(List.of(), checks.lost, "lost effects");
        assertEquals(List.of(), checks.duplicated, "duplicated effects");
        stack.stop();
    }

    // --- the workload ---------------------------------------------------------------------------------------------

    /** A project, its table, submitted, (returned and resubmitted), approved by both stages, budget figures: the table id. */
    private String throughReview(String name, boolean returnFirst) {
        String project = idempotentCreate(
                "project",
                "/api/v1/projects?q=" + name,
                Map.of("fiscalYear", YEAR, "name", name, "totalAmount", "1000000.00"),
                "/api/v1/projects");
        Map<String, Object> body = Actors.tableBody(null);
        body.put("projectId", project);
        String table = Actors.await("the table of " + name, 120, () -> {
            String existing = call(
                            "indicator",
                            r -> r.auth().oauth2(actors.staff()).get("/api/v1/target-tables?projectId=" + project))
                    .path("items[0].id");
            if (existing != null) {
                return existing;
            }
            Response created = call(
                    "indicator", r -> r.auth().oauth2(actors.staff()).body(body).post("/api/v1/target-tables"));
            return created.statusCode() == 201 ? created.path("id") : null; // 4xx: the project copy is not there yet
        });
        submit(table, 1);
        if (returnFirst) {
            decide(actors.deptReviewer(), table, 0, 1, "RETURN");
            Actors.await("the return of " + table, 120, () -> "RETURNED".equals(status(table)) ? true : null);
            Integer revision = call(
                            "indicator", r -> r.auth().oauth2(actors.staff()).get("/api/v1/target-tables/" + table))
                    .path("revision");
            Map<String, Object> edited = Actors.tableBody(revision);
            call("indicator", r -> r.auth().oauth2(actors.staff()).body(edited).put("/api/v1/target-tables/" + table));
            submit(table, 2);
        }
        int version = returnFirst ? 2 : 1;
        decide(actors.deptReviewer(), table, 0, version, "APPROVE");
        decide(actors.financeReviewer(), table, 1, version, "APPROVE");
        call(
                "project",
                r -> r.auth()
                        .oauth2(actors.staff())
                        .body(Map.of("adjusted", Map.of("total", 1000000), "executed", Map.of("total", 861800)))
                        .put("/api/v1/projects/" + project + "/budget-execution"));
        Actors.await("the approval of " + table, 120, () -> "APPROVED".equals(status(table)) ? true : null);
        return table;
    }

    private String idempotentCreate(String service, String find, Map<String, Object> body, String path) {
        return Actors.await("creating " + body, 120, () -> {
            String existing = call(service, r -> r.auth().oauth2(actors.staff()).get(find))
                    .path("items[0].id");
            if (existing != null) {
                return existing;
            }
            Response created = call(
                    service, r -> r.auth().oauth2(actors.staff()).body(body).post(path));
            return created.statusCode() == 201 ? created.path("id") : null;
        });
    }

    private void submit(String table, int version) {
        Actors.await("submission " + version + " of " + table, 120, () -> {
            Response t = call("indicator", r -> r.auth().oauth2(actors.staff()).get("/api/v1/target-tables/" + table));
            if (t.<Integer>path("version") >= version) {
                return true; // an earlier try went through, its answer was lost with the instance
            }
            call("indicator", r -> r.auth().oauth2(actors.staff()).post("/api/v1/target-tables/" + table + "/submit"));
            return null;
        });
    }

    private void decide(String reviewer, String table, int stage, int version, String outcome) {
        String task = diagnosed(
                table,
                () -> Actors.await("the stage-" + stage + " task of " + table + " v" + version, 180, () -> {
                    List<Map<String, Object>> items = call(
                                    "review",
                                    r -> r.auth().oauth2(reviewer).get("/api/v1/review-tasks?subjectId=" + table))
                            .path("items");
                    return items == null
                            ? null
                            : items.stream()
                                    .filter(t -> ((Number) t.get("stage")).intValue() == stage
                                            && ((Number) t.get("subjectVersion")).intValue() == version)
                                    .map(t -> (String) t.get("id"))
                                    .findFirst()
                                    .orElse(null);
                }));
        Map<String, Object> decision =
                new HashMap<>(Map.of("outcome", outcome, "grade", "RETURN".equals(outcome) ? "中" : "优"));
        decision.put("opinion", "RETURN".equals(outcome) ? "请补充绩效标准" : "同意");
        Actors.await("the decision on " + task, 120, () -> {
            int code = call(
                            "review",
                            r -> r.auth()
                                    .oauth2(reviewer)
                                    .body(decision)
                                    .post("/api/v1/review-tasks/" + task + "/decision"))
                    .statusCode();
            return code == 200 || code == 409 ? true : null; // 409: decided already, by the try whose answer was lost
        });
    }

    /** Runs the wait; when it fails, prints what the services know of the table (tasks, rounds, status) first. */
    private <T> T diagnosed(String table, java.util.function.Supplier<T> wait) {
        try {
            return wait.get();
        } catch (AssertionError e) {
            System.out.println("DIAGNOSIS tasks: "
                    + call(
                                    "review",
                                    r -> r.auth().oauth2(Actors.admin()).get("/api/v1/review-tasks?subjectId=" + table))
                            .asString());
            System.out.println("DIAGNOSIS rounds: "
                    + call("review", r -> r.auth().oauth2(Actors.admin()).get("/api/v1/reviews?subjectId=" + table))
                            .asString());
            System.out.println("DIAGNOSIS table: "
                    + call("indicator", r -> r.auth().oauth2(Actors.admin()).get("/api/v1/target-tables/" + table))
                            .asString());
            throw e;
        }
    }

    private String status(String table) {
        return call("indicator", r -> r.auth().oauth2(actors.staff()).get("/api/v1/target-tables/" + table))
                .path("status");
    }

    private void awaitEvaluations(List<String> tablesApproved) {
        Actors.await("a self-evaluation for every approved table", 300, () -> {
            Number total = call(
                            "evaluation",
                            r -> r.auth()
                                    .oauth2(Tokens.of("auditor", null, "auditor"))
                                    .get("/api/v1/evaluations?fiscalYear=" + YEAR + "&size=1"))
                    .path("total");
            return total != null && total.intValue() >= tablesApproved.size() ? true : null;
        });
    }

    /**
     * One API call on either instance of a service: a refused connection, a reset or a 5xx (an instance killed or
     * starting, the database restarting) is tried again, on the other instance first, for up to three minutes.
     */
    private Response call(String service, Function<RequestSpecification, Response> request) {
        long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        int replica = random.nextInt(2);
        while (true) {
            try {
                Response r = request.apply(
                        given().baseUri(stack.url(service, replica)).contentType("application/json"));
                if (r.statusCode() < 500) {
                    return r;
                }
            } catch (Exception e) { // RestAssured throws ConnectException and the like unchecked
                // the instance is down or went down mid-request
            }
            if (System.nanoTime() > end) {
                throw new AssertionError(service + " unavailable for three minutes");
            }
            retriedCalls.incrementAndGet();
            replica = 1 - replica;
            Stack.sleep(200);
        }
    }

    // --- the faults -----------------------------------------------------------------------------------------------

    private void injectFaults(AtomicBoolean workloadDone, ExecutorService restarts) {
        int injected = 0;
        while (injected < faultsWanted || !workloadDone.get()) {
            Stack.sleep(1500 + random.nextInt(2000));
            int dice = random.nextInt(100);
            if (dice < 6) {
                KafkaTestBroker.kill();
                Stack.sleep(1000 + random.nextInt(3000));
                KafkaTestBroker.restart();
                brokerRestarts.incrementAndGet();
            } else if (dice < 11 && stack.postgres().restartable()) {
                stack.postgres().restart();
                databaseRestarts.incrementAndGet();
            } else {
                String service = Stack.SERVICES.get(random.nextInt(Stack.SERVICES.size()));
                int replica = random.nextInt(2);
                String key = service + "#" + replica;
                if (relaunching.contains(service + "#" + (1 - replica)) || !relaunching.add(key)) {
                    continue; // its twin (or itself) is down and starting: two replicas survive one failure at a time
                }
                stack.kill(service, replica);
                kills.incrementAndGet();
                restarts.execute(() -> {
                    try {
                        relaunch(service, replica);
                    } finally {
                        relaunching.remove(key);
                    }
                });
            }
            injected++;
            if (injected % 10 == 0) {
                progress("%d faults injected", injected);
            }
        }
    }

    /** Starts an instance again; a start that fails (say, while PostgreSQL restarts) is tried again. */
    private void relaunch(String service, int replica) {
        Stack.sleep(random.nextInt(2000));
        for (int attempt = 0; attempt < 10; attempt++) {
            stack.launch(service, replica);
            try {
                stack.awaitReady(service, replica, Duration.ofSeconds(120));
                return;
            } catch (IllegalStateException e) {
                if (stack.alive(service, replica)) {
                    return; // up but slow: the final check waits for it
                }
                Stack.sleep(1000);
            }
        }
    }

    private static void progress(String format, Object... args) {
        System.out.printf("%tT fault injection: %s%n", java.time.LocalTime.now(), String.format(format, args));
    }

    // --- the invariants -------------------------------------------------------------------------------------------

    static final class Checks {
        long events;
        long effects;
        final List<String> lost = new ArrayList<>();
        final List<String> duplicated = new ArrayList<>();
    }

    private void checkInvariants(List<String> approvedTables, Checks checks) throws SQLException {
        Set<String> approved = new HashSet<>(approvedTables);
        try (Connection indicator = db("indicator");
                Connection review = db("review");
                Connection evaluation = db("evaluation")) {
            // every submitted version of a table: one task per stage of its chain (two stages here), none twice
            Map<String, Integer> versions = new HashMap<>();
            each(
                    indicator,
                    "SELECT id::text, submitted_version FROM target_table",
                    rs -> versions.put(rs.getString(1), rs.getInt(2)));
            Map<String, Integer> tasks = new HashMap<>();
            each(
                    review,
                    "SELECT subject_id::text || ' v' || subject_version || ' stage ' || stage, count(*) FROM review_task"
                            + " WHERE subject_type IN ('TARGET_TABLE', 'ADJUSTMENT') GROUP BY 1",
                    rs -> tasks.put(rs.getString(1), rs.getInt(2)));
            for (String table : approved) {
                int latest = versions.getOrDefault(table, 0);
                for (int v = 1; v <= latest; v++) {
                    int stages = v < latest ? 1 : 2; // an earlier version was returned at the department
                    for (int stage = 0; stage < stages; stage++) {
                        expectOne(
                                checks,
                                "review task of " + table + " v" + v + " stage " + stage,
                                tasks.getOrDefault(table + " v" + v + " stage " + stage, 0));
                    }
                }
            }
            // every approved table: exactly one self-evaluation, closed by the year close
            Map<String, Integer> evaluations = new HashMap<>();
            Map<String, String> evaluationStatus = new HashMap<>();
            each(evaluation, "SELECT table_id::text, count(*), max(status) FROM evaluation GROUP BY 1", rs -> {
                evaluations.put(rs.getString(1), rs.getInt(2));
                evaluationStatus.put(rs.getString(1), rs.getString(3));
            });
            for (String table : approved) {
                expectOne(checks, "self-evaluation of " + table, evaluations.getOrDefault(table, 0));
                String status = evaluationStatus.get(table);
                if (status != null
                        && !Set.of("FINAL", "NOT_SUBMITTED", "NOT_APPROVED").contains(status)) {
                    checks.lost.add("the year close of the evaluation of " + table + " (status " + status + ")");
                }
            }
            // nothing left in any outbox once everything is up again
            for (String s : Stack.SERVICES) {
                try (Connection c = db(s)) {
                    Actors.await(
                            "the outbox of " + s + " to drain",
                            120,
                            () -> count(c, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL") == 0
                                    ? true
                                    : null);
                }
            }
        }
        checkEvents(approved, checks);
    }

    /** From the topics: per table, its events in version order and one content per (type, version); one scored each. */
    private void checkEvents(Set<String> approved, Checks checks) {
        Map<String, Map<String, String>> contentByTypeVersion = new HashMap<>();
        Map<String, Integer> lastSubmittedVersion = new HashMap<>();
        for (ConsumerRecord<String, String> r : readAll("target-tables")) {
            checks.events++;
            String type = header(r, "ce_type");
            String version = versionOf(r.value());
            String previous = contentByTypeVersion
                    .computeIfAbsent(r.key(), k -> new HashMap<>())
                    .putIfAbsent(type + " v" + version, header(r, "ce_id"));
            if (previous != null && !previous.equals(header(r, "ce_id"))) {
                checks.duplicated.add(type + " v" + version + " of " + r.key() + " published as two events");
            }
            if ("target-table.submitted.v1".equals(type) && version != null) {
                int v = Integer.parseInt(version);
                Integer before = lastSubmittedVersion.put(r.key(), v);
                if (before != null && before > v) {
                    checks.duplicated.add("submissions of " + r.key() + " out of order: v" + before + " before v" + v);
                }
            }
        }
        Map<String, Set<String>> scored = new HashMap<>();
        for (ConsumerRecord<String, String> r : readAll("evaluations")) {
            checks.events++;
            if ("evaluation.scored.v1".equals(header(r, "ce_type"))) {
                scored.computeIfAbsent(r.key(), k -> new HashSet<>()).add(header(r, "ce_id"));
            }
        }
        try (Connection evaluation = db("evaluation")) {
            each(evaluation, "SELECT id::text, table_id::text FROM evaluation", rs -> {
                if (approved.contains(rs.getString(2))) {
                    expectOne(
                            checks,
                            "evaluation.scored.v1 of " + rs.getString(1),
                            scored.getOrDefault(rs.getString(1), Set.of()).size());
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void expectOne(Checks checks, String what, int n) {
        checks.effects++;
        if (n == 0) {
            checks.lost.add(what);
        } else if (n > 1) {
            checks.duplicated.add(what + " (" + n + " times)");
        }
    }

    /** The event's own version (top level), or null for an event without one. */
    private static String versionOf(String json) {
        try {
            com.fasterxml.jackson.databind.JsonNode v = JSON.readTree(json).get("version");
            return v == null || !v.canConvertToInt() ? null : v.asText();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.bootstrapServers());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> c =
                new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(topic, i.partition()))
                    .toList();
            c.assign(partitions);
            c.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = c.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                c.poll(Duration.ofMillis(500)).forEach(all::add);
            }
        }
        return all;
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private Connection db(String service) throws SQLException {
        return DriverManager.getConnection(
                stack.jdbcUrl(service),
                stack.postgres().user(),
                stack.postgres().password());
    }

    interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void each(Connection c, String sql, Row row) throws SQLException {
        try (var st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                row.accept(rs);
            }
        }
    }

    private static long count(Connection c, String sql) {
        try (var st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
