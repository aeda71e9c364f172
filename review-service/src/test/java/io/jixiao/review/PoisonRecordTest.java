package io.jixiao.review;

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
    void theOrgsChannelGoesOn() {
        UUID good = UUID.randomUUID();
        PoisonRecords.proveChannelSurvives(
                "orgs",
                "P1",
                "org.registered.v1",
                "review.org-copy",
                admin,
                () -> EventProbe.send("orgs", "P1", "org.registered.v1", good, """
                        {"code":"P1","name":"毒丸之后的单位","type":"UNIT","parentCode":null,"path":"/P1/"}"""),
                () -> PoisonRecords.processed(db, good, "review.org-copy"));
    }

    @Test
    void theProjectsChannelGoesOn() {
        String project = UUID.randomUUID().toString();
        UUID good = UUID.randomUUID();
        PoisonRecords.proveChannelSurvives(
                "projects",
                project,
                "project.updated.v1",
                "review.project-moved",
                admin,
                () -> EventProbe.send("projects", project, "project.updated.v1", good, """
                        {"id":"%s","fiscalYear":2021,"orgCode":"P1","orgPath":"/P1/","name":"p","version":1}""".formatted(project)),
                () -> PoisonRecords.processed(db, good, "review.project-moved"));
    }

    @Test
    void theTargetTablesChannelGoesOn() {
        String table = UUID.randomUUID().toString();
        UUID good = UUID.randomUUID();
        PoisonRecords.proveChannelSurvives(
                "target-tables",
                table,
                "target-table.submitted.v1",
                "review.target-table-submitted",
                admin,
                // once opened as a first submission's round, whatever the subject type said
                List.of("""
                        {"table":{"id":"%s","projectId":"%s","orgCode":"NOWHERE","orgPath":"/NOWHERE/","fiscalYear":2021,
                         "indicators":[]},"version":1,"subjectType":"WHATEVER"}""".formatted(table, table), """
                        {"table":{"id":"%s","projectId":"%s","orgCode":"NOWHERE","orgPath":"/NOWHERE/","fiscalYear":2021,
                         "indicators":[]},"version":1}""".formatted(table, table)),
                () -> EventProbe.send("target-tables", table, "target-table.submitted.v1", good, """
                        {"table":{"id":"%s","projectId":"%s","orgCode":"NOWHERE","orgPath":"/NOWHERE/","projectName":"p",
                         "fiscalYear":2021,"periodStartYear":2021,"period":"ANNUAL","indicators":[]},"version":1,
                         "subjectType":"TARGET_TABLE","changes":[]}""".formatted(
                                table, UUID.randomUUID())),
                () -> PoisonRecords.processed(db, good, "review.target-table-submitted"));
    }

    @Test
    void theEvaluationsChannelGoesOn() {
        String evaluation = UUID.randomUUID().toString();
        UUID good = UUID.randomUUID();
        PoisonRecords.proveChannelSurvives(
                "evaluations",
                evaluation,
                "evaluation.submitted.v1",
                "review.evaluation-submitted",
                admin,
                // once opened as a round for the org path "NOWHERE"
                List.of("""
                        {"evaluation":{"id":"%s","orgCode":"NOWHERE","orgPath":"NOWHERE","fiscalYear":2021},"version":1}""".formatted(evaluation)),
                () -> EventProbe.send(
                        "evaluations", evaluation, "evaluation.submitted.v1", good, """
                        {"evaluation":{"id":"%s","orgCode":"NOWHERE","orgPath":"/NOWHERE/","projectName":"p",
                         "fiscalYear":2021},"version":1,"changes":[]}""".formatted(evaluation)),
                () -> PoisonRecords.processed(db, good, "review.evaluation-submitted"));
    }

    /** A monitoring sheet that breaks its contract is parked; the next sheet opens its round. */
    @Test
    void aMonitoringSheetThatBreaksItsContractIsParked() {
        String sheet = UUID.randomUUID().toString();
        UUID good = UUID.randomUUID();
        PoisonRecords.proveChannelSurvives(
                "evaluations",
                sheet,
                "monitoring.submitted.v1",
                "review.evaluation-submitted",
                admin,
                // once opened as a round for the org path "NOWHERE"
                List.of("""
                        {"sheet":{"id":"%s","orgCode":"NOWHERE","orgPath":"NOWHERE","fiscalYear":2021},"version":1}""".formatted(sheet)),
                () -> EventProbe.send("evaluations", sheet, "monitoring.submitted.v1", good, """
                        {"sheet":{"id":"%s","orgCode":"NOWHERE","orgPath":"/NOWHERE/","projectName":"p",
                         "fiscalYear":2021},"version":1}""".formatted(sheet)),
                () -> PoisonRecords.processed(db, good, "review.evaluation-submitted"));
    }
}
