package io.jixiao.system;

import java.util.List;
import java.util.Map;

/** A subject through review-service's stages as its reviewers decide them, and a table approved that way. */
final class ReviewSteps {
    static final Map<String, Object> APPROVE = Map.of("outcome", "APPROVE", "grade", "优", "opinion", "同意");

    private final Actors actors;

    ReviewSteps(Actors actors) {
        this.actors = actors;
    }

    /** A target table of the project, submitted and approved by every stage; waits until indicator-service says so. */
    String approvedTable(String project) {
        Map<String, Object> body = Actors.tableBody(null);
        body.put("projectId", project);
        String table = Actors.await("indicator-service to know the project", 30, () -> {
            var r = actors.as(actors.staff(), "indicator").body(body).post("/api/v1/target-tables");
            return r.statusCode() == 201 ? r.then().extract().<String>path("id") : null;
        });
        actors.as(actors.staff(), "indicator")
                .post("/api/v1/target-tables/" + table + "/submit")
                .then()
                .statusCode(200);
        approveEveryStage(table, 1);
        Actors.await(
                "the approved table",
                30,
                () -> "APPROVED"
                                .equals(actors.as(actors.staff(), "indicator")
                                        .get("/api/v1/target-tables/" + table)
                                        .then()
                                        .extract()
                                        .path("status"))
                        ? true
                        : null);
        return table;
    }

    void approveEveryStage(String subject, int version) {
        approveEveryStage(subject, version, APPROVE);
    }

    /** Every stage approves; the last one (the finance bureau) decides {@code last}. */
    void approveEveryStage(String subject, int version, Map<String, Object> last) {
        for (int stage = 0; ; stage++) {
            Map<String, Object> task = task(subject, stage, version);
            boolean isLast = (int) task.get("stage") == (int) task.get("stageCount") - 1;
            decide(task, isLast ? last : APPROVE);
            if (isLast) {
                return;
            }
        }
    }

    void decide(Map<String, Object> task, Map<String, Object> decision) {
        String reviewer =
                "FINANCE_BUREAU".equals(task.get("stageType")) ? actors.financeReviewer() : actors.deptReviewer();
        actors.as(reviewer, "review")
                .body(decision)
                .post("/api/v1/review-tasks/" + task.get("id") + "/decision")
                .then()
                .statusCode(200);
    }

    Map<String, Object> task(String subject, int stage, int version) {
        return Actors.await("the stage-" + stage + " task of " + subject + " v" + version, 30, () -> {
            List<Map<String, Object>> items = actors.as(Actors.admin(), "review")
                    .get("/api/v1/review-tasks?subjectId=" + subject)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items");
            return items.stream()
                    .filter(t -> (int) t.get("stage") == stage && (int) t.get("subjectVersion") == version)
                    .findFirst()
                    .orElse(null);
        });
    }
}
