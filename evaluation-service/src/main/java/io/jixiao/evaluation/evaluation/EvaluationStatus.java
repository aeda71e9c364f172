package io.jixiao.evaluation.evaluation;

import java.util.Set;

/** PENDING → DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → APPROVED → FINAL; NOT_SUBMITTED when the year closed first. */
public enum EvaluationStatus {
    PENDING,
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    FINAL,
    NOT_SUBMITTED;

    private static final Set<EvaluationStatus> EDITABLE = Set.of(PENDING, DRAFT, RETURNED);

    public boolean editable() {
        return EDITABLE.contains(this);
    }

    public boolean closed() {
        return this == FINAL || this == NOT_SUBMITTED;
    }
}
