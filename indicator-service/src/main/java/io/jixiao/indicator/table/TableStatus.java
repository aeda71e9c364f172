package io.jixiao.indicator.table;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A target table's way through review: DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → APPROVED → PUBLISHED (信息公开);
 * approved targets change only through an adjustment (调整): APPROVED or PUBLISHED → ADJUSTING → SUBMITTED → ….
 * The allowed moves are {@link #canMoveTo}; the entity refuses any other.
 */
public enum TableStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    ADJUSTING,
    PUBLISHED;

    private static final Set<TableStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED, ADJUSTING);
    private static final Map<TableStatus, Set<TableStatus>> MOVES = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            RETURNED, EnumSet.of(SUBMITTED),
            ADJUSTING, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(APPROVED, RETURNED),
            APPROVED, EnumSet.of(ADJUSTING, PUBLISHED),
            PUBLISHED, EnumSet.of(ADJUSTING));

    /** Targets change only before review or after a return; approved ones only through an adjustment (调整). */
    public boolean editable() {
        return EDITABLE.contains(this);
    }

    public boolean canMoveTo(TableStatus next) {
        return MOVES.get(this).contains(next);
    }
}
