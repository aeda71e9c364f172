package io.jixiao.review.task;

import io.jixiao.review.chain.SubjectType;
import java.util.UUID;

/** What a submitted-event tells review-service: the subject, its owner, its version, and the snapshot to keep. */
public record Submission(
        SubjectType type,
        UUID subjectId,
        int version,
        String title,
        String orgCode,
        String orgPath,
        String snapshot,
        String changes) {

    /** The same round, for the next stage. */
    static Submission of(ReviewTask t) {
        return new Submission(
                t.subjectType,
                t.subjectId,
                t.subjectVersion,
                t.subjectTitle,
                t.subjectOrgCode,
                t.subjectOrgPath,
                t.snapshot,
                t.changes);
    }
}
