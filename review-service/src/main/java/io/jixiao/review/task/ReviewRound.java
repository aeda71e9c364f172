package io.jixiao.review.task;

import io.jixiao.platform.event.ReviewEvents;
import io.jixiao.review.chain.SubjectType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One review round of a subject (one submitted version) and its decisions, for the audit trail. */
public record ReviewRound(
        SubjectType subjectType,
        UUID subjectId,
        int version,
        String outcome,
        OffsetDateTime openedAt,
        List<TaskSummary> stages) {
    /** A round whose last stage has not decided yet; otherwise the round's outcome is the review's. */
    static final String IN_REVIEW = "IN_REVIEW";

    static List<ReviewRound> of(List<ReviewTask> tasksInOrder, OffsetDateTime now) {
        List<ReviewRound> rounds = new ArrayList<>();
        List<TaskSummary> current = new ArrayList<>();
        ReviewTask first = null;
        for (ReviewTask t : tasksInOrder) {
            if (first != null && (t.subjectVersion != first.subjectVersion || t.subjectType != first.subjectType)) {
                rounds.add(round(first, current));
                current = new ArrayList<>();
                first = null;
            }
            first = first == null ? t : first;
            current.add(TaskSummary.of(t, now));
        }
        if (first != null) {
            rounds.add(round(first, current));
        }
        return rounds;
    }

    private static ReviewRound round(ReviewTask first, List<TaskSummary> stages) {
        TaskSummary last = stages.get(stages.size() - 1);
        String outcome = last.status() == TaskStatus.RETURNED
                ? ReviewEvents.Outcome.RETURNED.name()
                : last.status() == TaskStatus.APPROVED && last.stage() == last.stageCount() - 1
                        ? ReviewEvents.Outcome.APPROVED.name()
                        : IN_REVIEW;
        return new ReviewRound(
                first.subjectType,
                first.subjectId,
                first.subjectVersion,
                outcome,
                first.createdAt,
                List.copyOf(stages));
    }
}
