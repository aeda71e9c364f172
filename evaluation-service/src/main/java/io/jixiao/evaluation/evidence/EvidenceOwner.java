package io.jixiao.evaluation.evidence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a piece of evidence supports. */
@Schema(
        description = "EVALUATION: a self-evaluation; RECTIFICATION: the unit's answer to a rectification item;"
                + " MONITORING: a monitoring sheet")
public enum EvidenceOwner {
    EVALUATION("Evaluation"),
    RECTIFICATION("Rectification"),
    MONITORING("Monitoring sheet");

    private final String label;

    EvidenceOwner(String label) {
        this.label = label;
    }

    /** The owner as a 404 names it. */
    public String label() {
        return label;
    }
}
