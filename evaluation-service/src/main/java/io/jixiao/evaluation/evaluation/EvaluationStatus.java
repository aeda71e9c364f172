package io.jixiao.evaluation.evaluation;

import java.util.Set;

/**
 * PENDING → DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → APPROVED → FINAL when the year closes. A year close also ends
 * the others: NOT_SUBMITTED (never submitted) and NOT_APPROVED (submitted or returned, never approved: the unit's own
 * score stands, no reviewer confirmed it).
 */
public enum EvaluationStatus {
    PENDING,
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    FINAL,
    NOT_SUBMITTED,
    NOT_APPROVED;

    /** The statuses a year close leaves, as a SQL list for native queries. */
    public static final String CLOSED_SQL = "'FINAL', 'NOT_SUBMITTED', 'NOT_APPROVED'";

    private static final Set<EvaluationStatus> EDITABLE = Set.of(PENDING, DRAFT, RETURNED);

    public boolean editable() {
        return EDITABLE.contains(this);
    }

    public boolean closed() {
        return this == FINAL || this == NOT_SUBMITTED || this == NOT_APPROVED;
    }
}
