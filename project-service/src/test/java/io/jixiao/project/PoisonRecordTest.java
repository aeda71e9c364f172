package io.jixiao.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.jixiao.testsupport.EventProbe;
import io.jixiao.testsupport.PoisonRecords;
import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** No record on the imports channel, however malformed, stops it: each is parked with its reason, the next is applied. */
@QuarkusTest
class PoisonRecordTest {
    @Inject
    AgroalDataSource db;

    @Test
    void theImportsChannelParksEveryPoisonRecordAndGoesOn() {
        String admin = Tokens.of("admin", null, "admin");
        String batch = UUID.randomUUID().toString();
        UUID good = UUID.randomUUID();
        int sent = PoisonRecords.proveChannelSurvives(
                "imports",
                batch,
                "import.project-requested.v1",
                "project.import-requests",
                admin,
                () -> EventProbe.send("imports", batch, "import.project-requested.v1", good, """
                                {"batchId":"%s","key":"k1","orgCode":"NO-SUCH-ORG","requestedBy":"staff",
                                 "project":{"fiscalYear":2021,"name":"毒丸之后的好请求"}}""".formatted(batch)),
                () -> PoisonRecords.processed(db, good, "project.import-requests"));
        assertEquals(PoisonRecords.catalogue("x").size(), sent);
    }
}
