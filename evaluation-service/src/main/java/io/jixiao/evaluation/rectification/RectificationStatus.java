package io.jixiao.evaluation.rectification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OPEN → ANSWERED (the unit's measures) → CLOSED by the reviewer; ANSWERED or CLOSED → OPEN when reopened. */
@Schema(
        description =
                "OPEN: waiting for the unit; ANSWERED: measures given, waiting for the reviewer; CLOSED: accepted")
public enum RectificationStatus {
    OPEN,
    ANSWERED,
    CLOSED
}
