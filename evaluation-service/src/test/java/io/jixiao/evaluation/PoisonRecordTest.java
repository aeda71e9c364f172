package io.jixiao.evaluation;

import io.agroal.api.AgroalDataSource;
import io.jixiao.testsupport.EventProbe;
import io.jixiao.testsupport.PoisonRecords;
import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** No record on any channel, however malformed, stops it: each is parked with its reason, the next is applied. */
@QuarkusTest
class PoisonRecordTest {
    @Inject
    AgroalDataSource db;

    private final String admin = Tokens.of("admin", null, "admin");

    @Test
    void theFiscalYearsChannelGoesOn() {
        UUID good = UUID.randomUUID();
        PoisonRecords.proveChannelSurvives(
                "fiscal-years",
                "1999",
                "fiscal-year.closed.v1",
                "evaluation.year-close",
                admin,
                () -> EventProbe.send("fiscal-years", "1999", "fiscal-year.closed.v1", good, """
                        {"year":1999,"scopeOrgCode":"POISON","scopeOrgPath":"/POISON/","closedBy":"admin"}"""),
                () -> PoisonRecords.processed(db, good, "evaluation.year-close"));
    }

    @Test
    void theProjectsChannelGoesOn() {
        String project = UUID.randomUUID().toString();
        UUID good = UUID.randomUUID();
        PoisonRecords.proveChannelSurvives(
                "projects",
                project,
                "project.budget-executed.v1",
                "evaluation.budget",
                admin,
                List.of("""
                        {"projectId":"%s","fiscalYear":2021,"orgCode":"U1","orgPath":"/U1/","version":1}""".formatted(project)),
                () -> EventProbe.send("projects", project, "project.budget-executed.v1", good, """
                        {"projectId":"%s","fiscalYear":2021,"orgCode":"U1","orgPath":"/U1/","version":1,
                         "budgetExecution":{"adjusted":{"total":100.00},"executed":{"total":50.00}}}""".formatted(project)),
                () -> PoisonRecords.processed(db, good, "evaluation.budget"));
    }

    @Test
    void theTargetTablesChannelGoesOn() {
        String table = UUID.randomUUID().toString();
        UUID good = UUID.randomUUID();
        String project = UUID.randomUUID().toString();
        PoisonRecords.proveChannelSurvives(
                "target-tables",
                table,
                "target-table.approved.v1",
                "evaluation.table-approved",
                admin,
                List.of(
                        // once prepared as a sheet without indicators
                        """
                        {"table":{"id":"%s","projectId":"%s","orgCode":"U1","orgPath":"/U1/","fiscalYear":2021},
                         "version":1}""".formatted(table, project),
                        // once stored with an org path no access rule matches
                        """
                        {"table":{"id":"%s","projectId":"%s","orgCode":"U1","orgPath":"U1","fiscalYear":2021,
                         "indicators":[]},"version":1}""".formatted(table, project),
                        """
                        {"table":{"id":"%s","projectId":"%s","orgCode":"U1","orgPath":"/U1/","fiscalYear":2021,
                         "indicators":[{"name":"x","direction":"SIDEWAYS"}]},"version":1}""".formatted(table, project),
                        """
                        {"table":{"id":"%s","projectId":"%s","orgCode":"U1","orgPath":"/U1/","fiscalYear":2021,
                         "indicators":[{"level1":"产出指标"}]},"version":1}""".formatted(table, project)),
                () -> EventProbe.send("target-tables", table, "target-table.approved.v1", good, """
                        {"table":{"id":"%s","projectId":"%s","projectName":"毒丸之后","orgCode":"U1","orgPath":"/U1/",
                          "fiscalYear":2021,"indicators":[]},"version":1}""".formatted(
                                table, UUID.randomUUID())),
                () -> PoisonRecords.processed(db, good, "evaluation.table-approved"));
    }

    @Test
    void aProjectUpdateThatBreaksItsContractIsParked() {
        String project = UUID.randomUUID().toString();
        UUID good = UUID.randomUUID();
        // once applied as a move of the project's evaluations to the org path "nowhere"
        PoisonRecords.proveChannelSurvives(
                "projects",
                project,
                "project.updated.v1",
                "evaluation.budget",
                admin,
                List.of("""
                        {"id":"%s","orgCode":"U1","orgPath":"nowhere","version":2}""".formatted(project)),
                () -> EventProbe.send("projects", project, "project.updated.v1", good, """
                        {"id":"%s","fiscalYear":2021,"orgCode":"U1","orgPath":"/U1/","name":"毒丸之后","version":2}""".formatted(project)),
                () -> PoisonRecords.processed(db, good, "evaluation.budget"));
    }

    @Test
    void theReviewsChannelGoesOn() {
        String subject = UUID.randomUUID().toString();
        UUID good = UUID.randomUUID();
        PoisonRecords.proveChannelSurvives(
                "reviews",
                subject,
                "review.completed.v1",
                "evaluation.review-outcome",
                admin,
                () -> EventProbe.send("reviews", subject, "review.completed.v1", good, """
                        {"subjectType":"EVALUATION","subjectId":"%s","version":1,"outcome":"APPROVED"}""".formatted(subject)),
                () -> PoisonRecords.processed(db, good, "evaluation.review-outcome"));
    }

    /** The monitoring sheets' own consumer group on the reviews topic: a bad record is parked, the next applied. */
    @Test
    void theMonitoringReviewsChannelGoesOn() {
        String sheet = UUID.randomUUID().toString();
        UUID good = UUID.randomUUID();
        PoisonRecords.proveChannelSurvives(
                "reviews",
                sheet,
                "review.completed.v1",
                "evaluation.monitoring-review-outcome",
                admin,
                // a measure no finance bureau can take
                List.of("""
                        {"subjectType":"MONITORING","subjectId":"%s","version":1,"outcome":"APPROVED",
                         "financeMeasure":"BURN_FUNDS"}""".formatted(sheet)),
                () -> EventProbe.send("reviews", sheet, "review.completed.v1", good, """
                        {"subjectType":"MONITORING","subjectId":"%s","version":1,"outcome":"APPROVED",
                         "financeMeasure":"CONTINUE"}""".formatted(sheet)),
                () -> PoisonRecords.processed(db, good, "evaluation.monitoring-review-outcome"));
    }
}
