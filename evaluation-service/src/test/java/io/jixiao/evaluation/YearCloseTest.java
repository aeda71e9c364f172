package io.jixiao.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jixiao.testsupport.EventProbe;
import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
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
            EventProbe.send(
                    "fiscal-years", String.valueOf(year), "fiscal-year.closed.v1", UUID.randomUUID(), """
                    {"year":%d,"scopeOrgCode":"FX%s","scopeOrgPath":"/FX%s/","closedBy":"admin"}""".formatted(
                                    year, s, s));
            EventProbe.send(
                    "fiscal-years", String.valueOf(year + 1), "fiscal-year.closed.v1", UUID.randomUUID(), """
                    {"year":%d,"scopeOrgCode":"FX%s","scopeOrgPath":"/FX%s/","closedBy":"admin"}""".formatted(
                                    year + 1, s, s));
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
                    .body("[0].failure", org.hamcrest.Matchers.containsString("refused by the test trigger"));
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
