package io.jixiao.platform.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * Events on the {@code evaluations} topic (绩效自评), keyed by the evaluation id: written by evaluation-service. The
 * submitted event carries the whole sheet as the API shows it; {@link Submitted} is what review-service relies on.
 */
public final class SelfEvaluationEvents {
    public static final String TOPIC = "evaluations";
    public static final String SUBMITTED = "evaluation.submitted.v1";

    private SelfEvaluationEvents() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sheet(
            UUID id, UUID projectId, String projectName, String orgCode, String orgPath, Integer fiscalYear) {}

    /** evaluation.submitted.v1 */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Submitted(Sheet evaluation, Integer version, JsonNode changes) implements EventContract<Submitted> {

        public Submitted requireValid() {
            Sheet e = EventContract.required(evaluation, SUBMITTED, "evaluation");
            EventContract.required(e.id(), SUBMITTED, "evaluation.id");
            EventContract.required(e.orgCode(), SUBMITTED, "evaluation.orgCode");
            EventContract.orgPath(e.orgPath(), SUBMITTED, "evaluation.orgPath");
            EventContract.required(e.fiscalYear(), SUBMITTED, "evaluation.fiscalYear");
            EventContract.required(version, SUBMITTED, "version");
            return this;
        }
    }
}
