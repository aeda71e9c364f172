package io.jixiao.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.jixiao.platform.web.Downloads;
import io.jixiao.platform.web.Uploads;
import io.jixiao.rules.pdf.PdfFiles;
import io.jixiao.rules.word.WordFiles;
import io.jixiao.seeds.Seeds;
import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 002's two 2020 self-evaluation sheets: read, re-scored to their published 100, and entered into the
 * self-evaluation prepared from that year's approved targets.
 */
@QuarkusTest
class EvaluationImportTest {
    final String s = UUID.randomUUID().toString().substring(0, 6);
    final String unit = "U" + s;
    final String path = "/F" + s + "/D" + s + "/" + unit + "/";

    @Test
    void bothSheetsReScoreToTheirPublishedTotalsInADryRun() throws Exception {
        // reading a document costs CPU: the read-only auditor has no business importing (security review M6)
        given().auth()
                .oauth2(Tokens.of("auditor", null, "auditor"))
                .contentType("text/plain; charset=UTF-8")
                .body(Seeds.read("002_ddc626c60baf0fa2.txt"))
                .post("/api/v1/evaluations/import?dryRun=true")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("dept", "D" + s, "dept-reviewer"))
                .contentType("text/plain; charset=UTF-8")
                .body(Seeds.read("002_ddc626c60baf0fa2.txt"))
                .post("/api/v1/evaluations/import?dryRun=true")
                .then()
                .statusCode(200)
                .body("evaluations.size()", equalTo(2))
                .body("evaluations[0].sheet.projectName", equalTo("鄂州市困难职工常态化帮扶及送温暖专项资金"))
                .body("evaluations[0].sheet.budget[0].adjusted", equalTo("82"))
                .body("evaluations[0].rescored.total", equalTo(100.0f))
                .body("evaluations[0].rescored.budgetScore", equalTo(10.0f))
                .body("evaluations[0].matchesPublished", equalTo(true))
                .body("evaluations[1].sheet.budget[0].executed", equalTo("83.224"))
                .body("evaluations[1].rescored.total", equalTo(100.0f))
                .body("evaluations[1].matchesPublished", equalTo(true))
                .body("evaluations[1].evaluationId", nullValue());
    }

    /** Seed 002 as the Word file a unit has: the same two sheets, re-scored to the same published totals. */
    @Test
    void aWordFileReScoresAsItsText() throws Exception {
        given().auth()
                .oauth2(Tokens.of("dept", "D" + s, "dept-reviewer"))
                .contentType(Downloads.DOCX)
                .body(WordFiles.fromFlattenedText(Seeds.read("002_ddc626c60baf0fa2.txt")))
                .post("/api/v1/evaluations/import?dryRun=true")
                .then()
                .statusCode(200)
                .body("evaluations.size()", equalTo(2))
                .body("evaluations[0].sheet.projectName", equalTo("鄂州市困难职工常态化帮扶及送温暖专项资金"))
                .body("evaluations[0].rescored.total", equalTo(100.0f))
                .body("evaluations[1].sheet.budget[0].executed", equalTo("83.224"))
                .body("evaluations[1].matchesPublished", equalTo(true));
    }

    /** A scanned PDF has nothing to read and says so (422); a file that is no PDF is a 400 naming the body. */
    @Test
    void aScannedPdfIsRefusedSayingSo() throws Exception {
        given().auth()
                .oauth2(Tokens.of("dept", "D" + s, "dept-reviewer"))
                .contentType(Uploads.PDF)
                .body(PdfFiles.scan())
                .post("/api/v1/evaluations/import?dryRun=true")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://jixiao.io/problems/no-text-layer"));
        given().auth()
                .oauth2(Tokens.of("dept", "D" + s, "dept-reviewer"))
                .contentType(Uploads.PDF)
                .body("%PDF-1.4 broken".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .post("/api/v1/evaluations/import?dryRun=true")
                .then()
                .statusCode(400)
                .body("violations[0].message", containsString("not a readable PDF"));
    }

    /** The comparison can say no: a published total the rules do not give is reported, with what differs. */
    @Test
    void aPublishedTotalThatTheRulesDoNotGiveIsReportedAsADifference() throws Exception {
        String[] lines = Seeds.read("002_ddc626c60baf0fa2.txt").split("\n", -1);
        // the first sheet's 总分 row: its weight total, then its score total (100 as published)
        org.junit.jupiter.api.Assertions.assertEquals("\t总分", lines[447]);
        org.junit.jupiter.api.Assertions.assertEquals("\t100", lines[449]);
        lines[449] = "\t96";
        given().auth()
                .oauth2(Tokens.of("dept", "D" + s, "dept-reviewer"))
                .contentType("text/plain; charset=UTF-8")
                .body(String.join("\n", lines))
                .post("/api/v1/evaluations/import?dryRun=true")
                .then()
                .statusCode(200)
                .body("evaluations[0].rescored.total", equalTo(100.0f))
                .body("evaluations[0].matchesPublished", equalTo(false))
                .body("evaluations[0].differences.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("evaluations[0].differences.toString()", containsString("96"))
                .body("evaluations[1].matchesPublished", equalTo(true));
    }

    /**
     * A sheet published by another county (永德县 2022, copied from its web page): read by its content, re-scored, and
     * each published score the rule does not give explained by the rule its publisher used.
     */
    @Test
    void anotherCountysSheetIsReadAndItsPublishersRulesAreNamed() throws Exception {
        String text = new String(
                getClass()
                        .getResourceAsStream("/io/jixiao/rules/corpus/03_yongde_yingyang.txt")
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        given().auth()
                .oauth2(Tokens.of("dept", "D" + s, "dept-reviewer"))
                .contentType("text/plain; charset=UTF-8")
                .body(text)
                .post("/api/v1/evaluations/import?dryRun=true")
                .then()
                .statusCode(200)
                .body("evaluations.size()", equalTo(1))
                .body("evaluations[0].sheet.projectName", equalTo("义务教育营养改善计划专项资金"))
                .body("evaluations[0].sheet.indicators.size()", equalTo(10))
                .body("evaluations[0].publishedTotal", equalTo(96.0f))
                .body("evaluations[0].rescored.total", equalTo(99.8f))
                .body("evaluations[0].matchesPublished", equalTo(false))
                .body(
                        "evaluations[0].differences.toString()",
                        containsString("资金到位及时率: published 7, computed 10.00 (DEDUCTION"))
                .body(
                        "evaluations[0].differences.toString()",
                        containsString("政策知晓率: published 9, computed 9.80 (WHOLE_POINTS_DOWN"))
                .body("evaluations[0].differences.toString()", containsString("总分: published 96, computed 99.80"));
    }

    @Test
    void aSheetFillsInThePreparedSelfEvaluation() throws Exception {
        String text = Seeds.read("002_ddc626c60baf0fa2.txt");
        String staff = Tokens.of("staff", unit, "unit-staff");
        UUID project = SeedEvaluations.prepare(1, "劳模帮扶专项资金", unit, path, staff);

        given().auth()
                .oauth2(staff)
                .contentType("text/plain; charset=UTF-8")
                .body(text)
                .post("/api/v1/evaluations/import")
                .then()
                .statusCode(200)
                .body("evaluations[0].problem", containsString("no self-evaluation of 鄂州市困难职工常态化帮扶及送温暖专项资金 for 2020"))
                .body("evaluations[1].evaluationId", org.hamcrest.Matchers.notNullValue())
                .body("evaluations[1].evaluationTotal", equalTo(100.0f));
        given().auth()
                .oauth2(staff)
                .get("/api/v1/evaluations?projectId=" + project)
                .then()
                .body("items[0].status", equalTo("DRAFT"));
        String id = given().auth()
                .oauth2(staff)
                .get("/api/v1/evaluations?projectId=" + project)
                .then()
                .extract()
                .path("items[0].id");
        given().auth()
                .oauth2(staff)
                .get("/api/v1/evaluations/" + id)
                .then()
                .statusCode(200)
                .body("budget.adjusted", equalTo(830000.0f))
                .body("budget.executed", equalTo(832240.0f))
                .body("indicators[1].actual", equalTo("58人"))
                .body("indicators[1].score", equalTo(5.0f))
                .body("totalScore", equalTo(100.0f))
                .body("goalActual", containsString("实际帮扶了40名困难劳模"));

        // 导出 → 导入: the exported 自评表 reads back as the same sheet, re-scored to the same total
        byte[] xlsx = given().auth()
                .oauth2(staff)
                .get("/api/v1/evaluations/" + id + "/export")
                .then()
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract()
                .asByteArray();
        given().auth()
                .oauth2(staff)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(xlsx)
                .post("/api/v1/evaluations/import?dryRun=true")
                .then()
                .statusCode(200)
                .body("evaluations[0].sheet.projectName", equalTo("劳模帮扶专项资金"))
                .body("evaluations[0].sheet.amountUnit", equalTo("万元"))
                .body("evaluations[0].sheet.budget[0].adjusted", equalTo("83"))
                .body("evaluations[0].sheet.budget[0].executed", equalTo("83.224"))
                .body("evaluations[0].sheet.indicators[1].actual", equalTo("58人"))
                .body("evaluations[0].rescored.total", equalTo(100.0f))
                .body("evaluations[0].matchesPublished", equalTo(true));
        given().auth()
                .oauth2(staff)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body("PK not really".getBytes())
                .post("/api/v1/evaluations/import?dryRun=true")
                .then()
                .statusCode(400);
    }

    @Test
    void textThatHoldsNoSheetIsRefused() throws Exception {
        given().auth()
                .oauth2(Tokens.of("staff", unit, "unit-staff"))
                .contentType("text/plain; charset=UTF-8")
                .body(Seeds.read("001_41acb383c9bbda87.txt"))
                .post("/api/v1/evaluations/import?dryRun=true")
                .then()
                .statusCode(422)
                .body("detail", containsString("target tables"));
        given().auth()
                .oauth2(Tokens.of("staff", unit, "unit-staff"))
                .contentType("text/plain")
                .body(" ")
                .post("/api/v1/evaluations/import")
                .then()
                .statusCode(400);
    }
}
