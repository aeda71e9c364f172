package io.jixiao.evaluation.evaluation;

/**
 * Whether a year close already covers an organisation: targets approved after that come too late to be evaluated.
 * Answered by the year-close feature, which depends on evaluations (it finalises them), never the other way round.
 */
public interface ClosedYears {
    boolean closedFor(int fiscalYear, String orgPath);
}
