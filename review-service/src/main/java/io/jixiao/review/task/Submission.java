package io.jixiao.review.task;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.jixiao.review.chain.SubjectType;

/** What a submitted-event tells review-service: the subject, its owner, its version, and the snapshot to keep. */
public record Submission(SubjectType type, UUID subjectId, int version, String title, String orgCode, String orgPath,
        String snapshot, String changes) {

    /** From target-table.submitted.v1 or evaluation.submitted.v1: {@code subject} is the table or the evaluation. */
    static Submission of(SubjectType type, JsonNode subject, int version, JsonNode changes, String title) {
        return new Submission(type, UUID.fromString(subject.path("id").asText()), version, title,
                subject.path("orgCode").asText(), subject.path("orgPath").asText(), subject.toString(), Json.write(changes));
    }

    /** The same round, for the next stage. */
    static Submission of(ReviewTask t) {
        return new Submission(t.subjectType, t.subjectId, t.subjectVersion, t.subjectTitle, t.subjectOrgCode,
                t.subjectOrgPath, t.snapshot, t.changes);
    }
}
