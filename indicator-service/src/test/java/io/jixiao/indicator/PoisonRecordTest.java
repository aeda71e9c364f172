package io.jixiao.indicator;

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
    void theProjectsChannelGoesOn() {
        UUID project = UUID.randomUUID();
        UUID good = UUID.randomUUID();
        PoisonRecords.proveChannelSurvives(
                "projects",
                project.toString(),
                "project.registered.v1",
                "indicator.project-copy",
                admin,
                List.of(
                        // once copied with amounts in a unit no table knows
                        """
                        {"id":"%s","fiscalYear":2021,"orgCode":"U1","orgPath":"/U1/","name":"p","amountUnit":"EURO",
                         "version":1}""".formatted(project),
                        // once copied with fiscal year 0 and an empty org path
                        """
                        {"id":"%s","name":"p","version":1}""".formatted(project)),
                () -> EventProbe.send(
                        "projects",
                        project.toString(),
                        "project.registered.v1",
                        good,
                        ProjectCopyConsumerTest.project(project, 0, "毒丸之后的项目")),
                () -> PoisonRecords.processed(db, good, "indicator.project-copy"));
    }

    @Test
    void theReviewsChannelGoesOn() {
        String subject = UUID.randomUUID().toString();
        UUID good = UUID.randomUUID();
        PoisonRecords.proveChannelSurvives(
                "reviews",
                subject,
                "review.completed.v1",
                "indicator.review-outcome",
                admin,
                () -> EventProbe.send("reviews", subject, "review.completed.v1", good, """
                        {"subjectType":"TARGET_TABLE","subjectId":"%s","version":1,"outcome":"APPROVED"}""".formatted(subject)),
                () -> PoisonRecords.processed(db, good, "indicator.review-outcome"));
    }

    @Test
    void theImportsChannelGoesOn() {
        String batch = UUID.randomUUID().toString();
        UUID good = UUID.randomUUID();
        PoisonRecords.proveChannelSurvives(
                "imports",
                batch,
                "import.project-rejected.v1",
                "indicator.import-replies",
                admin,
                () -> EventProbe.send("imports", batch, "import.project-rejected.v1", good, """
                        {"batchId":"%s","key":"k","problems":["no such org"]}""".formatted(batch)),
                () -> PoisonRecords.processed(db, good, "indicator.import-replies"));
    }
}
