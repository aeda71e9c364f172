package io.jixiao.review.task;

import io.jixiao.review.chain.SubjectType;
import java.util.UUID;

/** What a submitted-event tells review-service: the subject, its owner, its version, and the snapshot to keep. */
public record Submission(
        SubjectType type,
        UUID subjectId,
        UUID projectId,
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
                t.projectId,
                t.subjectVersion,
                t.subjectTitle,
                t.subjectOrgCode,
                t.subjectOrgPath,
                t.snapshot,
                t.changes);
    }

    /** The same submission, owned by the organisation its project has moved to. */
    Submission at(String newOrgCode, String newOrgPath) {
        return new Submission(type, subjectId, projectId, version, title, newOrgCode, newOrgPath, snapshot, changes);
    }
}
