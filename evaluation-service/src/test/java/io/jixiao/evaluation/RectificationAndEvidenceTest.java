package io.jixiao.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jixiao.rules.word.WordFiles;
import io.jixiao.seeds.Seeds;
import io.jixiao.testsupport.EventProbe;
import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 问题整改 and 佐证材料 as the two sides live them: the unit attaches evidence to its sheet, the department raises a
 * problem on the approved sheet, the unit answers with measures and evidence, the department reopens and then closes
 * it; every step is an event; another unit sees none of it.
 */
@QuarkusTest
class RectificationAndEvidenceTest {
    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    final String s = UUID.randomUUID().toString().substring(0, 6);
    final String unit = "U" + s;
    final String path = "/F" + s + "/D" + s + "/" + unit + "/";
    final String staff = Tokens.of("staff", unit, "unit-staff");
    final String dept = Tokens.of("dept", "D" + s, "dept-reviewer");
    final String stranger = Tokens.of("staff2", "X" + s, "unit-staff");

    @Test
    void evidenceIsCheckedByContentKeptWithItsChecksumAndScopedLikeItsSheet() throws Exception {
        String evaluation = draftEvaluation();
        String pdf = upload(staff, "evaluations/" + evaluation, "困难证明汇总.pdf", PDF)
                .statusCode(201)
                .header("Location", containsString("/api/v1/evidence/"))
                .body("contentType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(PDF.length))
                .body("fileName", equalTo("困难证明汇总.pdf"))
                .extract()
                .path("id");
        // named .pdf, but a Word file inside: kept as what it is
        upload(staff, "evaluations/" + evaluation, "C:\\扫描\\发放花名册.pdf", WordFiles.fromFlattenedText("花名册\n张三"))
                .statusCode(201)
                .body("fileName", equalTo("发放花名册.pdf"))
                .body(
                        "contentType",
                        equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        upload(staff, "evaluations/" + evaluation, "照片.png", new byte[] {
                    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0
                })
                .statusCode(201)
                .body("contentType", equalTo("image/png"));

        upload(
                        staff,
                        "evaluations/" + evaluation,
                        "setup.pdf",
                        "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1))
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("setup.pdf is not a PDF"));
        upload(staff, "evaluations/" + evaluation, "empty.pdf", new byte[0]).statusCode(400);
        upload(staff, "evaluations/" + evaluation, "", PDF)
                .statusCode(400)
                .body("violations[0].field", equalTo("fileName"));
        byte[] tooBig = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, tooBig, 0, PDF.length);
        upload(staff, "evaluations/" + evaluation, "scan.pdf", tooBig)
                .statusCode(413)
                .contentType("application/problem+json");
        upload(dept, "evaluations/" + evaluation, "x.pdf", PDF).statusCode(403);

        as(dept).get("/api/v1/evaluations/" + evaluation + "/evidence")
                .then()
                .statusCode(200)
                .body("fileName", equalTo(List.of("困难证明汇总.pdf", "发放花名册.pdf", "照片.png")));
        byte[] back = as(dept).get("/api/v1/evidence/" + pdf + "/content")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .header("ETag", equalTo("\"" + sha256(PDF) + "\""))
                .extract()
                .asByteArray();
        assertArrayEquals(PDF, back);
        as(dept).header("If-None-Match", "\"" + sha256(PDF) + "\"")
                .get("/api/v1/evidence/" + pdf + "/content")
                .then()
                .statusCode(304);

        // another unit: nothing exists
        as(stranger)
                .get("/api/v1/evaluations/" + evaluation + "/evidence")
                .then()
                .statusCode(404);
        as(stranger).get("/api/v1/evidence/" + pdf).then().statusCode(404);
        as(stranger).get("/api/v1/evidence/" + pdf + "/content").then().statusCode(404);
        as(stranger).delete("/api/v1/evidence/" + pdf).then().statusCode(404);
        upload(stranger, "evaluations/" + evaluation, "x.pdf", PDF).statusCode(404);

        as(staff).delete("/api/v1/evidence/" + pdf).then().statusCode(204);
        as(staff).get("/api/v1/evidence/" + pdf).then().statusCode(404);
    }

    @Test
    void aProblemIsRaisedAnsweredReopenedAndClosedWithEvidenceAndEveryStepAnnounced() throws Exception {
        String evaluation = approvedEvaluation();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        raise(staff, evaluation, today.plusDays(20)).statusCode(403);
        String item = raise(dept, evaluation, today.plusDays(20))
                .statusCode(201)
                .header("Location", containsString("/api/v1/rectifications/"))
                .body("status", equalTo("OPEN"))
                .body("overdue", equalTo(false))
                .body("projectName", equalTo("劳模帮扶专项资金"))
                .extract()
                .path("id");
        String late = raise(dept, evaluation, today.minusDays(1))
                .statusCode(201)
                .extract()
                .path("id");
        as(staff)
                .get("/api/v1/rectifications?overdue=true&orgCode=" + unit)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(late)))
                .body("items[0].overdue", equalTo(true));
        as(dept).get("/api/v1/rectifications?evaluationId=" + evaluation)
                .then()
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(late, item)));

        upload(staff, "evaluations/" + evaluation, "late.pdf", PDF).statusCode(409); // the approved sheet is locked
        upload(staff, "rectifications/" + item, "补充困难证明.pdf", PDF).statusCode(201);
        as(staff)
                .contentType(ContentType.JSON)
                .body(Map.of("measures", "已补齐3户困难证明，修订建档审核流程"))
                .post("/api/v1/rectifications/" + item + "/answer")
                .then()
                .statusCode(200)
                .body("status", equalTo("ANSWERED"))
                .body("answeredBy", equalTo("staff"));
        as(dept).contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/rectifications/" + item + "/reopen")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("comment"));
        as(dept).contentType(ContentType.JSON)
                .body(Map.of("comment", "缺少培训记录", "deadline", today.plusDays(30).toString()))
                .post("/api/v1/rectifications/" + item + "/reopen")
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("reopenCount", equalTo(1))
                .body("deadline", equalTo(today.plusDays(30).toString()));
        as(dept).contentType(ContentType.JSON)
                .body(Map.of("comment", "同意销号"))
                .post("/api/v1/rectifications/" + item + "/close")
                .then()
                .statusCode(409); // not answered yet
        as(staff)
                .contentType(ContentType.JSON)
                .body(Map.of("measures", "补充培训签到表"))
                .post("/api/v1/rectifications/" + item + "/answer")
                .then()
                .statusCode(200);
        as(dept).contentType(ContentType.JSON)
                .body(Map.of("comment", "佐证材料齐全，同意销号"))
                .post("/api/v1/rectifications/" + item + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedBy", equalTo("dept"));
        upload(staff, "rectifications/" + item, "more.pdf", PDF).statusCode(409);
        as(staff)
                .contentType(ContentType.JSON)
                .body(Map.of("measures", "again"))
                .post("/api/v1/rectifications/" + item + "/answer")
                .then()
                .statusCode(409);

        List<String> types = EventProbe.read(
                        "evaluations",
                        EventProbe.keyed(evaluation)
                                .and(r -> String.valueOf(EventProbe.header(r, "ce_type"))
                                        .startsWith("rectification.")),
                        6, // five for the item, one for the late one
                        Duration.ofSeconds(20),
                        Duration.ofSeconds(1))
                .stream()
                .filter(r ->
                        JsonPath.from(r.value()).getString("rectificationId").equals(item))
                .map(r -> EventProbe.header(r, "ce_type"))
                .toList();
        assertEquals(
                List.of(
                        "rectification.raised.v1",
                        "rectification.answered.v1",
                        "rectification.reopened.v1",
                        "rectification.answered.v1",
                        "rectification.closed.v1"),
                types);

        as(stranger).get("/api/v1/rectifications/" + item).then().statusCode(404);
        as(stranger).get("/api/v1/rectifications?size=200").then().body("items.id", not(hasItem(item)));
        as(stranger).get("/api/v1/rectifications/" + item + "/evidence").then().statusCode(404);
        as(stranger)
                .contentType(ContentType.JSON)
                .body(Map.of("measures", "x"))
                .post("/api/v1/rectifications/" + item + "/answer")
                .then()
                .statusCode(404);
        raise(Tokens.of("dept2", "Y" + s, "dept-reviewer"), evaluation, today.plusDays(5))
                .statusCode(400)
                .body("violations[0].field", equalTo("evaluationId"));
    }

    @Test
    void aSheetStillInTheUnitsHandsTakesNoRectification() throws Exception {
        String evaluation = draftEvaluation();
        raise(dept, evaluation, LocalDate.now().plusDays(10))
                .statusCode(409)
                .body("detail", containsString("once it is approved"));
        as(dept).contentType(ContentType.JSON)
                .body(Map.of("evaluationId", evaluation))
                .post("/api/v1/rectifications")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("problem"))
                .body("violations.field", hasItem("deadline"));
    }

    private String draftEvaluation() throws Exception {
        UUID project = SeedEvaluations.prepare(1, "劳模帮扶专项资金", unit, path, staff);
        return as(staff)
                .get("/api/v1/evaluations?projectId=" + project)
                .then()
                .extract()
                .path("items[0].id");
    }

    /** Seed 002's 劳模帮扶 sheet entered from the published text, submitted, and approved by review-service. */
    private String approvedEvaluation() throws Exception {
        String id = draftEvaluation();
        as(staff)
                .contentType("text/plain; charset=UTF-8")
                .body(Seeds.read(SeedEvaluations.SEED_002))
                .post("/api/v1/evaluations/import")
                .then()
                .statusCode(200);
        as(staff).post("/api/v1/evaluations/" + id + "/submit").then().statusCode(200);
        EventProbe.send("reviews", id, "review.completed.v1", UUID.randomUUID(), """
                {"subjectType":"EVALUATION","subjectId":"%s","version":1,"outcome":"APPROVED","grade":"优","opinion":"同意"}""".formatted(id));
        for (int i = 0; i < 150; i++) {
            String status =
                    as(staff).get("/api/v1/evaluations/" + id).then().extract().path("status");
            if ("APPROVED".equals(status)) {
                return id;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the evaluation was never approved");
    }

    private io.restassured.response.ValidatableResponse raise(String token, String evaluation, LocalDate deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("evaluationId", evaluation);
        body.put("problem", "帮扶对象档案资料不完整，3户缺少困难证明");
        body.put("requirement", "补齐困难证明材料，完善建档立卡审核流程");
        body.put("deadline", deadline.toString());
        return as(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/rectifications")
                .then();
    }

    private static io.restassured.response.ValidatableResponse upload(
            String token, String owner, String fileName, byte[] content) {
        return EvidenceUpload.file(token, owner, fileName, content);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static String sha256(byte[] b) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    }
}
