package io.jixiao.indicator.table;

import java.util.Set;

/** DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → APPROVED → (ADJUSTING → SUBMITTED …); PUBLISHED after approval. */
public enum TableStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    ADJUSTING,
    PUBLISHED;

    private static final Set<TableStatus> EDITABLE = Set.of(DRAFT, RETURNED, ADJUSTING);

    /** Targets change only before review or after a return; approved ones only through an adjustment (调整). */
    public boolean editable() {
        return EDITABLE.contains(this);
    }
}
