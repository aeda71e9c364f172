package io.jixiao.indicator;

import static io.jixiao.indicator.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.jixiao.indicator.project.ProjectCopy;
import io.jixiao.testsupport.EventProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A table read carries an ETag; a client that sends it back gets 304 until the table or its project changes. */
@QuarkusTest
class ConditionalReadTest {

    @Test
    void aPollingClientGets304UntilTheTableOrItsProjectChanges() throws Exception {
        Fixtures f = new Fixtures();
        UUID project = f.project(f.unit, 2021, "总工会劳动竞赛专项资金");
        Map<String, Object> body = Fixtures.laborCompetition(project);
        String id = as(f.staff())
                .body(body)
                .post("/api/v1/target-tables")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        String first = as(f.staff())
                .get("/api/v1/target-tables/" + id)
                .then()
                .statusCode(200)
                .body("projectName", equalTo("总工会劳动竞赛专项资金"))
                .extract()
                .header("ETag");
        as(f.staff())
                .header("If-None-Match", first)
                .get("/api/v1/target-tables/" + id)
                .then()
                .statusCode(304)
                .header("ETag", first);
        as(f.staff())
                .header("If-None-Match", "W/" + first + ", \"other\"")
                .get("/api/v1/target-tables/" + id)
                .then()
                .statusCode(304);
        // someone else's unit learns nothing, not even that the tag is right
        as(f.otherStaff())
                .header("If-None-Match", first)
                .get("/api/v1/target-tables/" + id)
                .then()
                .statusCode(404);

        body.put("annualGoal", "组织好全市劳动竞赛");
        body.put("revision", 0);
        as(f.staff()).body(body).put("/api/v1/target-tables/" + id).then().statusCode(200);
        String edited = as(f.staff())
                .header("If-None-Match", first)
                .get("/api/v1/target-tables/" + id)
                .then()
                .statusCode(200)
                .body("annualGoal", equalTo("组织好全市劳动竞赛"))
                .extract()
                .header("ETag");
        assertNotEquals(first, edited);

        // the project renamed in project-service: the table's revision is the same, its view is not
        EventProbe.send("projects", project.toString(), "project.updated.v1", UUID.randomUUID(), """
                {"id":"%s","version":1,"fiscalYear":2021,"orgCode":"%s","orgPath":"%s","name":"劳动竞赛专项资金（更名）",
                 "amountUnit":"YUAN","yearAmount":1000000.00}""".formatted(
                        project, f.unit, f.path(f.unit)));
        for (int i = 0; i < 150; i++) {
            if (QuarkusTransaction.requiringNew().call(() -> ProjectCopy.<ProjectCopy>findById(project).version) == 1) {
                break;
            }
            Thread.sleep(200);
        }
        as(f.staff())
                .header("If-None-Match", edited)
                .get("/api/v1/target-tables/" + id)
                .then()
                .statusCode(200)
                .body("projectName", equalTo("劳动竞赛专项资金（更名）"));
    }
}
