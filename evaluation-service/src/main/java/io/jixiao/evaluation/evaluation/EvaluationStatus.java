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

    /** The statuses a year close leaves, by name: the parameter of native queries ({@code status NOT IN (?n)}). */
    public static final java.util.List<String> CLOSED_NAMES = java.util.stream.Stream.of(values())
            .filter(EvaluationStatus::closed)
            .map(Enum::name)
            .toList();

    private static final Set<EvaluationStatus> EDITABLE = Set.of(PENDING, DRAFT, RETURNED);
    private static final java.util.Map<EvaluationStatus, Set<EvaluationStatus>> MOVES = java.util.Map.of(
            PENDING, Set.of(DRAFT, SUBMITTED, NOT_SUBMITTED),
            DRAFT, Set.of(SUBMITTED, NOT_SUBMITTED),
            RETURNED, Set.of(SUBMITTED, NOT_APPROVED),
            SUBMITTED, Set.of(APPROVED, RETURNED, NOT_APPROVED),
            APPROVED, Set.of(FINAL),
            FINAL, Set.of(),
            NOT_SUBMITTED, Set.of(),
            NOT_APPROVED, Set.of());

    /** The allowed moves; the entity refuses any other. A closed year's statuses are final. */
    public boolean canMoveTo(EvaluationStatus next) {
        return MOVES.get(this).contains(next);
    }

    public boolean editable() {
        return EDITABLE.contains(this);
    }

    public boolean closed() {
        return this == FINAL || this == NOT_SUBMITTED || this == NOT_APPROVED;
    }
}
