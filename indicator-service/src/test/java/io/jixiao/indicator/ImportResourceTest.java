package io.jixiao.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.jixiao.platform.web.Downloads;
import io.jixiao.platform.web.Uploads;
import io.jixiao.rules.pdf.PdfFiles;
import io.jixiao.rules.word.WordFiles;
import io.jixiao.seeds.Seeds;
import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportResourceTest {
    static final String STAFF = Tokens.of("staff", "197001", "unit-staff");

    @Test
    void seed001ReadsAsTwoTablesInADryRun() throws Exception {
        String text = Seeds.read("001_41acb383c9bbda87.txt");
        given().auth()
                .oauth2(STAFF)
                .contentType("text/plain; charset=UTF-8")
                .body(text)
                .post("/api/v1/target-tables/import?dryRun=true")
                .then()
                .statusCode(200)
                .body("tables.size()", equalTo(2))
                .body("tables[0].header.项目名称", equalTo("总工会劳动竞赛专项资金"))
                .body("tables[1].indicators.findAll { it.name != null }.size()", equalTo(18))
                .body("warnings.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    /**
     * Another city's page (金安区 2025: two forms one after the other, each cell on its own line between `|`, the site's
     * text around them) reads as two tables by their content, the framework found from their tree names.
     */
    @Test
    void anotherCitysPageReadsByItsContent() throws Exception {
        String text = new String(
                getClass()
                        .getResourceAsStream("/io/jixiao/rules/corpus/22_jinan_wangqiu.txt")
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        given().auth()
                .oauth2(STAFF)
                .contentType("text/plain; charset=UTF-8")
                .body(text)
                .post("/api/v1/target-tables/import?dryRun=true")
                .then()
                .statusCode(200)
                .body("tables.size()", equalTo(2))
                .body("tables[0].framework", equalTo("MOF-2020"))
                .body("tables[0].header.项目名称", equalTo("2025金安国际网球公开赛(国际系列赛事)"))
                .body("tables[0].project.yearAmount", equalTo(10000000.0f))
                .body("tables[0].indicators.findAll { it.name != null }.size()", equalTo(11))
                .body("tables[0].indicators.find { it.name == '项目总成本' }.target", equalTo("≤1000万元"))
                .body("tables[0].indicators.find { it.name == '群众满意度' }.level2", equalTo("服务对象满意度指标"))
                .body("tables[1].header.项目名称", equalTo("安徽省常规赛费用"));
    }

    /** The .docx a unit has (seed 002 as a Word file): the same two tables as its text, read cell by cell. */
    @Test
    void aWordFileReadsAsItsText() throws Exception {
        String text = Seeds.read("002_ddc626c60baf0fa2.txt");
        String fromText = tablesOf("text/plain; charset=UTF-8", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String fromWord = tablesOf(Downloads.DOCX, WordFiles.fromFlattenedText(text));
        org.junit.jupiter.api.Assertions.assertEquals(fromText, fromWord);

        given().auth()
                .oauth2(STAFF)
                .contentType(Downloads.DOCX)
                .body("这不是 Word 文件".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/target-tables/import?dryRun=true")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("body"))
                .body("violations[0].message", containsString("not a .docx"));
    }

    /** Seed 001 printed to PDF (a text layer, cells at their columns) reads as the same two tables as its text. */
    @Test
    void aPdfWithATextLayerReadsAsItsTextAndAScanIsRefusedSayingSo() throws Exception {
        String text = Seeds.read("001_41acb383c9bbda87.txt");
        String fromText = tablesOf("text/plain; charset=UTF-8", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String fromPdf = tablesOf(Uploads.PDF, PdfFiles.fromTabbedText(text));
        org.junit.jupiter.api.Assertions.assertEquals(fromText, fromPdf);

        given().auth()
                .oauth2(STAFF)
                .contentType(Uploads.PDF)
                .body(PdfFiles.scan())
                .post("/api/v1/target-tables/import?dryRun=true")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jixiao.io/problems/no-text-layer"))
                .body("detail", containsString("no text layer"));
        given().auth()
                .oauth2(STAFF)
                .contentType(Uploads.PDF)
                .body("这不是 PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/target-tables/import?dryRun=true")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("body"))
                .body("violations[0].message", containsString("not a readable PDF"));
    }

    /** dryRun=1 and its friends are a dry run, never a save; a value that is no yes or no is a 400, not a guess. */
    @Test
    void dryRunReadsEveryUsualSpellingOfYes() throws Exception {
        String text = Seeds.read("001_41acb383c9bbda87.txt");
        for (String yes : new String[] {"1", "yes", "TRUE", "on"}) {
            given().auth()
                    .oauth2(STAFF)
                    .contentType("text/plain; charset=UTF-8")
                    .body(text)
                    .post("/api/v1/target-tables/import?dryRun=" + yes)
                    .then()
                    .statusCode(200)
                    .body("tables.size()", equalTo(2));
        }
        given().auth()
                .oauth2(STAFF)
                .contentType("text/plain; charset=UTF-8")
                .body(text)
                .post("/api/v1/target-tables/import?dryRun=maybe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("dryRun"));
    }

    /** A body sent without a length (chunked) meets the same limit as one that declares it. */
    @Test
    void aChunkedBodyMeetsTheSameLimit() {
        byte[] big = "x".repeat(2 * 1024 * 1024).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // a stream of unknown length goes out chunked, without a Content-Length
        given().auth()
                .oauth2(STAFF)
                .contentType("text/plain")
                .body(new java.io.ByteArrayInputStream(big))
                .post("/api/v1/target-tables/import?dryRun=true")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void proseEmptyAndBinaryBodiesGetClearProblems() {
        given().auth()
                .oauth2(STAFF)
                .contentType("text/plain; charset=UTF-8")
                .body("根据预算绩效管理要求，本部门组织开展绩效自评。")
                .post("/api/v1/target-tables/import?dryRun=true")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("not a target table"));
        given().auth()
                .oauth2(STAFF)
                .contentType("text/plain")
                .body("   ")
                .post("/api/v1/target-tables/import?dryRun=true")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("body"));
        given().auth()
                .oauth2(STAFF)
                .contentType("text/plain")
                .body("a\u0000b")
                .post("/api/v1/target-tables/import?dryRun=true")
                .then()
                .statusCode(400)
                .body("violations[0].message", containsString("binary"));
        given().auth()
                .oauth2(STAFF)
                .contentType("text/plain")
                .body("x".repeat(5 * 1024 * 1024))
                .post("/api/v1/target-tables/import?dryRun=true")
                .then()
                .statusCode(413);
    }

    /** A dry run's tables as JSON text, after checking it read two, to compare one format's reading with another's. */
    private static String tablesOf(String contentType, byte[] body) {
        return given().auth()
                .oauth2(STAFF)
                .contentType(contentType)
                .body(body)
                .post("/api/v1/target-tables/import?dryRun=true")
                .then()
                .statusCode(200)
                .body("tables.size()", equalTo(2))
                .extract()
                .path("tables")
                .toString();
    }
}
