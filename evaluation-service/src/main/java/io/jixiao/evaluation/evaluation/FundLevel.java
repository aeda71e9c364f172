package io.jixiao.evaluation.evaluation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The government level a fund comes from: a disclosure statement counts the unit's own level only. */
@Schema(description = "OWN_LEVEL: 本级财政 (this level's own funds); UPPER_LEVEL: 上级补助 (transfers from a higher level)")
public enum FundLevel {
    OWN_LEVEL("本级财政"),
    UPPER_LEVEL("上级补助");

    private final String label;

    FundLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
