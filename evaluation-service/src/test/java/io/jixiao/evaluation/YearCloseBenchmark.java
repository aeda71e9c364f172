package io.jixiao.evaluation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.jixiao.testsupport.EventProbe;
import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Closing a year of 10,000 evaluations with 20 indicators each, from the fiscal-year.closed.v1 event to the job's
 * COMPLETED, against the real database and broker. Not part of the test suite (its name does not end in Test): run it
 * with the benchmark command of the README. Closes twice: rows never scored (the worst case: every row is written),
 * then the same year opened again with the scores the first close wrote, as a unit's saves leave them (no indicator
 * row changes). Before the clock starts, a year without evaluations is closed: that creates the topic and lets the
 * service's consumer take its partitions, as in a running system where the topic has existed for years (otherwise the
 * first close measured the broker creating a topic and the group assigning it, 1-2 s here). Prints the time from the
 * event to the job's COMPLETED and the job's own time (startedAt to finishedAt); fails when the first takes more than
 * the 20 s the design promises.
 */
@QuarkusTest
class YearCloseBenchmark {
    static final int EVALUATIONS = Integer.getInteger("bench.evaluations", 10_000);
    static final int YEAR = 2099;
    static final int EMPTY_YEAR = 2098;

    @Inject
    AgroalDataSource db;

    @Test
    void closeAYearOfTenThousandEvaluations() throws Exception {
        seed();
        waitUntilCompleted(EMPTY_YEAR, sendClosed(EMPTY_YEAR), 1);
        double never = close("rows never scored (every indicator row written)");
        reopen();
        close("rows as a unit's saves leave them (scored; the close rewrites none)");
        double allowed = EVALUATIONS / 500.0; // the design's 20 s for 10,000 on 2 cores, linear beyond
        assertTrue(never <= allowed, "closing the year took " + never + " s; the design allows " + allowed + " s");
    }

    /** One fiscal-year.closed.v1, waited for until its job is COMPLETED; prints wall time and the JVM's CPU time. */
    private double close(String rows) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = sendClosed(YEAR);
        Map<String, Object> job = waitUntilCompleted(YEAR, start, ++closes);
        double seconds = (System.nanoTime() - start) / 1e9;
        double own = java.time.Duration.between(
                                java.time.OffsetDateTime.parse((String) job.get("startedAt")),
                                java.time.OffsetDateTime.parse((String) job.get("finishedAt")))
                        .toMillis()
                / 1e3;
        System.out.printf(
                "BENCHMARK year close, %s: %d evaluations x 20 indicators finalised in %.2f s from the event"
                        + " (%.0f evaluations/s; the job itself %.2f s), %.1f s of CPU in the service's JVM%n",
                rows, EVALUATIONS, seconds, EVALUATIONS / seconds, own, (os.getProcessCpuTime() - cpu) / 1e9);
        assertEquals(EVALUATIONS, job.get("done"));
        return seconds;
    }

    /** Sends the year's fiscal-year.closed.v1; answers when, on the benchmark's clock. */
    private static long sendClosed(int year) {
        long start = System.nanoTime();
        EventProbe.send(
                "fiscal-years",
                String.valueOf(year),
                "fiscal-year.closed.v1",
                UUID.randomUUID(),
                "{\"year\":" + year
                        + ",\"scopeOrgCode\":\"BENCH\",\"scopeOrgPath\":\"/BENCH/\",\"closedBy\":\"bench\"}");
        return start;
    }

    /** Polls the year's jobs until the {@code jobs}-th is COMPLETED, printing its progress by quarters. */
    private static Map<String, Object> waitUntilCompleted(int year, long start, int jobs) throws Exception {
        String auditor = Tokens.of("auditor", null, "auditor");
        int lastPercent = -1;
        while (System.nanoTime() - start < 120_000_000_000L) {
            List<Map<String, Object>> found = given().auth()
                    .oauth2(auditor)
                    .get("/api/v1/year-closes?fiscalYear=" + year)
                    .then()
                    .extract()
                    .path("$");
            if (found.size() == jobs) {
                Map<String, Object> job = found.get(0); // the newest comes first
                int percent = ((Number) job.get("percent")).intValue();
                if (percent / 25 != lastPercent / 25 && year == YEAR) {
                    System.out.printf("  progress: %d of %d (%d%%)%n", job.get("done"), job.get("total"), percent);
                    lastPercent = percent;
                }
                if ("COMPLETED".equals(job.get("status"))) {
                    return job;
                }
            }
            Thread.sleep(25);
        }
        throw new AssertionError("the close of " + year + " did not complete within 120 s");
    }

    private int closes;

    /** The year opened again with the scores the close wrote, as if the units had saved them. */
    private void reopen() throws Exception {
        try (var c = db.getConnection();
                var s = c.createStatement()) {
            s.execute("UPDATE evaluation SET status = CASE WHEN was_submitted THEN 'APPROVED' ELSE 'DRAFT' END,"
                    + " finalized_at = NULL WHERE fiscal_year = " + YEAR);
            s.execute("VACUUM ANALYZE evaluation");
            s.execute("VACUUM ANALYZE evaluation_indicator");
        }
    }

    /** 10,000 evaluations and 200,000 indicator rows, written by the database itself in two statements. */
    private void seed() throws Exception {
        long t = System.nanoTime();
        try (var c = db.getConnection();
                var s = c.createStatement()) {
            s.execute("DELETE FROM evaluation WHERE fiscal_year = " + YEAR);
            s.execute("DELETE FROM year_close WHERE fiscal_year IN (" + YEAR + ", " + EMPTY_YEAR + ")");
            s.execute(
                    "INSERT INTO evaluation (id, table_id, table_version, project_id, project_name, org_code, org_path,"
                            + " fiscal_year, status, budget_adjusted, budget_executed, budget_weight, was_submitted, created_at,"
                            + " updated_at, updated_by) SELECT gen_random_uuid(), gen_random_uuid(), 1, gen_random_uuid(),"
                            + " '项目' || g, 'U' || (g % 50), '/BENCH/D' || (g % 5) || '/U' || (g % 50) || '/', " + YEAR
                            + ","
                            + " CASE WHEN g % 10 = 0 THEN 'DRAFT' ELSE 'APPROVED' END, 100000, 80000 + g % 30000, 10, g % 10 <> 0,"
                            + " now(), now(), 'bench' FROM generate_series(1, " + EVALUATIONS + ") g");
            s.execute(
                    "INSERT INTO evaluation_indicator (evaluation_id, position, level1, level2, name, target_text, weight,"
                            + " applicable, actual_text, achievement, evaluator_score) SELECT e.id, p,"
                            + " CASE WHEN p < 12 THEN '产出指标' WHEN p < 18 THEN '效益指标' ELSE '满意度指标' END,"
                            + " CASE WHEN p < 12 THEN '数量指标' WHEN p < 18 THEN '社会效益指标' ELSE '服务对象满意度指标' END,"
                            + " '指标' || p, CASE WHEN p = 17 THEN '较好' WHEN p >= 18 THEN '≥90%' ELSE '≥' || (100 + p) || '人' END,"
                            + " 4.5, true, CASE WHEN p = 17 THEN '较好' WHEN p >= 18 THEN (85 + p % 10) || '%' ELSE (95 + p) || '人' END,"
                            + " CASE WHEN p = 17 THEN 'PARTIAL' END, CASE WHEN p = 17 THEN 3.2 END"
                            + " FROM evaluation e, generate_series(0, 19) p WHERE e.fiscal_year = " + YEAR
                            + " ORDER BY e.ctid, p"); // an evaluation's rows together, as a save writes them
            s.execute("ANALYZE evaluation");
            s.execute("ANALYZE evaluation_indicator");
        }
        System.out.printf(
                "  seeded %d evaluations x 20 indicators in %.1f s%n", EVALUATIONS, (System.nanoTime() - t) / 1e9);
    }
}
