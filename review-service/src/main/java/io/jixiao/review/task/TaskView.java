package io.jixiao.review.task;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A task with the submitted subject and the changes since its previous version. */
public record TaskView(
        TaskSummary task,

        @Schema(
                description = "the subject as submitted: a target table (TargetTableView of indicator-service) or"
                        + " a self-evaluation (EvaluationView of evaluation-service), as its service sent it")
        JsonNode subject,

        @Schema(
                description =
                        "indicators added, removed and changed since the previous version; null for a first submission")
        JsonNode changes) {}
