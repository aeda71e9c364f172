package io.jixiao.evaluation.evidence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a piece of evidence supports. */
@Schema(description = "EVALUATION: a self-evaluation; RECTIFICATION: the unit's answer to a rectification item")
public enum EvidenceOwner {
    EVALUATION,
    RECTIFICATION
}
