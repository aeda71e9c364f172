package io.jixiao.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jixiao.testsupport.EventProbe;
import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class YearCloseTest {
    static final String FINANCE = Tokens.of("finance", "410100", "finance-reviewer");

    @Test
    void aClosedYearDeliveredTwiceStartsOneCloseJob() throws Exception {
        UUID eventId = UUID.randomUUID();
        String closed = """
                {"year": 2041, "scopeOrgCode": "410100", "scopeOrgPath": "/410100/",
                 "closedAt": "2042-01-05T10:00:00Z", "closedBy": "finance"}""";
        EventProbe.send("fiscal-years", "2041", "fiscal-year.closed.v1", eventId, closed);
        EventProbe.send("fiscal-years", "2041", "fiscal-year.closed.v1", eventId, closed);
        // a later, different event proves both copies before it were consumed
        EventProbe.send(
                "fiscal-years", "2042", "fiscal-year.closed.v1", UUID.randomUUID(), closed.replace("2041", "2042"));

        awaitJobs(2042, 1);
        for (int i = 0;
                i < 100
                        && !"COMPLETED"
                                .equals(given().auth()
                                        .oauth2(FINANCE)
                                        .get("/api/v1/year-closes?fiscalYear=2041")
                                        .then()
                                        .extract()
                                        .path("[0].status"));
                i++) {
            Thread.sleep(100); // a job with nothing to finalise completes on the worker's next round
        }
        List<?> jobs = given().auth()
                .oauth2(FINANCE)
                .get("/api/v1/year-closes?fiscalYear=2041")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertEquals(1, jobs.size(), "one close job however often the event arrives");
        given().auth()
                .oauth2(FINANCE)
                .get("/api/v1/year-closes?fiscalYear=2041")
                .then()
                .body("[0].status", equalTo("COMPLETED"))
                .body("[0].scopeOrgCode", equalTo("410100"))
                .body("[0].percent", equalTo(100.00f));
    }

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource db;

    /**
     * A batch that fails every time (here a trigger refuses one evaluation's update) used to be retried every 5 s for
     * ever and held up every later job; now the job stops as FAILED with the reason, and the next job completes.
     */
    @Test
    void aBatchThatAlwaysFailsEndsItsJobAsFailedAndLaterJobsGoOn() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        int year = 2100 + Math.abs(s.hashCode() % 500);
        UUID project = UUID.randomUUID();
        EventProbe.send(
                "target-tables",
                UUID.randomUUID().toString(),
                "target-table.approved.v1",
                UUID.randomUUID(),
                """
                {"table":{"id":"%s","projectId":"%s","projectName":"poison-%s","orgCode":"U%s","orgPath":"/FX%s/U%s/",
                  "fiscalYear":%d,"indicators":[]},"version":1}""".formatted(UUID.randomUUID(), project, s, s, s, s, year));
        String auditor = Tokens.of("auditor", null, "auditor");
        for (int i = 0;
                i < 150
                        && given().auth()
                                .oauth2(auditor)
                                .get("/api/v1/evaluations?projectId=" + project)
                                .then()
                                .extract()
                                .<List<?>>path("items")
                                .isEmpty();
                i++) {
            Thread.sleep(200);
        }
        String trigger = "refuse_" + s.replace('-', '_');
        sql("CREATE FUNCTION " + trigger + "() RETURNS trigger AS $f$ BEGIN IF NEW.project_name = 'poison-" + s
                + "' THEN RAISE EXCEPTION 'refused by the test trigger'; END IF; RETURN NEW; END $f$ LANGUAGE plpgsql");
        sql("CREATE TRIGGER " + trigger + " BEFORE UPDATE ON evaluation FOR EACH ROW EXECUTE FUNCTION " + trigger
                + "()");
        try {
            closeYear(year, "FX" + s);
            closeYear(year + 1, "FX" + s);
            awaitFailed(year, "refused by the test trigger");
            given().auth()
                    .oauth2(FINANCE)
                    .get("/api/v1/year-closes?fiscalYear=" + (year + 1))
                    .then()
                    .body("[0].status", equalTo("COMPLETED"));
        } finally {
            sql("DROP TRIGGER " + trigger + " ON evaluation");
            sql("DROP FUNCTION " + trigger + "()");
        }
    }

    /**
     * The close re-scores every row with the year's policy but writes back only the rows it changed: a row whose stored
     * score is stale (0 where the target was met) gets its score, a row already scored as the policy scores it is left
     * untouched (the same row version, so a year of unchanged scores costs no indicator writes). Three evaluations close
     * in one batch, each with its stale row at another position and its own weight, so a score written to another
     * evaluation's row, or to another position, shows.
     */
    @Test
    void theCloseRewritesOnlyTheIndicatorRowsWhoseScoreChanged() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        int year = 2043;
        List<UUID> evaluations = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Map<String, Long> versions = new java.util.HashMap<>();
        for (int k = 0; k < evaluations.size(); k++) {
            UUID evaluation = evaluations.get(k);
            approvedEvaluation(evaluation, "S" + s, "U" + s, year);
            int weight = weight(k);
            sql("INSERT INTO evaluation_indicator (evaluation_id, position, level1, level2, name, target_text,"
                    + " weight, applicable, actual_text, score) SELECT '" + evaluation + "', p, '产出指标', '数量指标',"
                    + " '书屋' || p, '≥100个', " + weight + ", true, '100个', CASE WHEN p = " + k + " THEN 0 ELSE "
                    + weight + " END FROM generate_series(0, 2) p");
            for (int p = 0; p < 3; p++) {
                versions.put(evaluation + "/" + p, rowVersion(evaluation, p));
            }
        }

        closeYear(year, "S" + s);
        for (UUID evaluation : evaluations) {
            awaitStatus(evaluation, "FINAL");
        }

        for (int k = 0; k < evaluations.size(); k++) {
            UUID evaluation = evaluations.get(k);
            for (int p = 0; p < 3; p++) {
                String row = "evaluation " + k + ", row " + p;
                assertEquals(0, new java.math.BigDecimal(weight(k)).compareTo(score(evaluation, p)), row + " scored");
                if (p != k) {
                    assertEquals(versions.get(evaluation + "/" + p), rowVersion(evaluation, p), row + " not rewritten");
                }
            }
        }
    }

    /**
     * Scores go back by position, so an evaluation whose indicator rows have a gap (0 and 2, no 1) is not scored at
     * all: its job ends FAILED with the position named, and no score lands on a row it was not computed for.
     */
    @Test
    void anEvaluationWithAGapInItsIndicatorPositionsFailsTheCloseInsteadOfMisplacingScores() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        int year = 2044;
        UUID evaluation = UUID.randomUUID();
        approvedEvaluation(evaluation, "G" + s, "U" + s, year);
        sql("INSERT INTO evaluation_indicator (evaluation_id, position, level1, level2, name, target_text, weight,"
                + " applicable, actual_text) SELECT '" + evaluation + "', p, '产出指标', '数量指标', '书屋' || p,"
                + " '≥100个', 45, true, '100个' FROM unnest(ARRAY[0, 2]) p");

        closeYear(year, "G" + s);
        awaitFailed(year, "no indicator row at position 1");
        assertEquals("APPROVED", query("SELECT status FROM evaluation WHERE id = '" + evaluation + "'"));
        assertEquals(null, score(evaluation, 2), "no score written to a row of a batch that failed");
    }

    /** An approved evaluation of a unit directly under {@code region}, written as the database holds it. */
    private void approvedEvaluation(UUID id, String region, String unit, int year) throws Exception {
        sql("INSERT INTO evaluation (id, table_id, table_version, project_id, project_name, org_code, org_path,"
                + " fiscal_year, status, budget_adjusted, budget_executed, budget_weight, was_submitted, created_at,"
                + " updated_at, updated_by) VALUES ('" + id + "', gen_random_uuid(), 1, gen_random_uuid(), '职工书屋',"
                + " '" + unit + "', '/" + region + "/" + unit + "/', " + year + ", 'APPROVED', 100000, 100000, 10,"
                + " true, now(), now(), 'test')");
    }

    /** The fiscal year closed over {@code region}, as project-service announces it. */
    private static void closeYear(int year, String region) {
        EventProbe.send("fiscal-years", String.valueOf(year), "fiscal-year.closed.v1", UUID.randomUUID(), """
                {"year":%d,"scopeOrgCode":"%s","scopeOrgPath":"/%s/","closedBy":"admin"}""".formatted(
                        year, region, region));
    }

    /** Each evaluation's three indicators weigh differently: 20, 25 or 30 each (at most 90, with 10 for the budget). */
    private static int weight(int evaluation) {
        return 20 + 5 * evaluation;
    }

    /** Waits (up to a minute) for the year's newest close job to stop as FAILED, with the reason containing {@code why}. */
    private static void awaitFailed(int year, String why) throws InterruptedException {
        String status = null;
        for (int i = 0; i < 300 && !"FAILED".equals(status); i++) {
            Thread.sleep(200);
            List<String> statuses = given().auth()
                    .oauth2(FINANCE)
                    .get("/api/v1/year-closes?fiscalYear=" + year)
                    .then()
                    .extract()
                    .path("status");
            status = statuses.isEmpty() ? null : statuses.get(0);
        }
        given().auth()
                .oauth2(FINANCE)
                .get("/api/v1/year-closes?fiscalYear=" + year)
                .then()
                .body("[0].status", equalTo("FAILED"))
                .body("[0].failure", org.hamcrest.Matchers.containsString(why));
    }

    private long rowVersion(UUID evaluation, int position) throws Exception {
        return ((Number) query("SELECT xmin::text::bigint FROM evaluation_indicator WHERE evaluation_id = '"
                        + evaluation + "' AND position = " + position))
                .longValue();
    }

    private java.math.BigDecimal score(UUID evaluation, int position) throws Exception {
        return (java.math.BigDecimal) query("SELECT score FROM evaluation_indicator WHERE evaluation_id = '"
                + evaluation + "' AND position = " + position);
    }

    private void awaitStatus(UUID evaluation, String status) throws Exception {
        for (int i = 0; i < 150; i++) {
            if (status.equals(query("SELECT status FROM evaluation WHERE id = '" + evaluation + "'"))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("evaluation " + evaluation + " never became " + status);
    }

    private Object query(String statement) throws Exception {
        try (var c = db.getConnection();
                var st = c.createStatement();
                var rs = st.executeQuery(statement)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    private void sql(String statement) throws Exception {
        try (var c = db.getConnection();
                var st = c.createStatement()) {
            st.execute(statement);
        }
    }

    @Test
    void unitStaffDoNotSeeCloseJobsAndTheYearIsRequired() {
        given().auth()
                .oauth2(Tokens.of("staff", "093001", "unit-staff"))
                .get("/api/v1/year-closes?fiscalYear=2041")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(FINANCE)
                .get("/api/v1/year-closes")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("fiscalYear"));
        given().auth()
                .oauth2(FINANCE)
                .get("/api/v1/year-closes/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    private void awaitJobs(int year, int count) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            int n = given().auth()
                    .oauth2(FINANCE)
                    .get("/api/v1/year-closes?fiscalYear=" + year)
                    .then()
                    .extract()
                    .jsonPath()
                    .getList("$")
                    .size();
            if (n >= count) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no close job for " + year);
    }
}
