package io.jixiao.evaluation.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** DRAFT (the unit fills it) → SUBMITTED (under review) → APPROVED, or RETURNED to the unit and submitted again. */
@Schema(description = "DRAFT, SUBMITTED, RETURNED or APPROVED")
public enum SheetStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
