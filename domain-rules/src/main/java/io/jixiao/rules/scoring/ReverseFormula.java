package io.jixiao.rules.scoring;

/** How a missed less-is-better target scores: target / actual × weight, or linear to zero at twice the target. */
public enum ReverseFormula {
    RATIO,
    LINEAR_TO_DOUBLE
}
