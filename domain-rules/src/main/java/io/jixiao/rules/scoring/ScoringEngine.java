package io.jixiao.rules.scoring;

import io.jixiao.rules.target.Comparator;
import io.jixiao.rules.target.Direction;
import io.jixiao.rules.target.Satisfaction;
import io.jixiao.rules.target.TargetValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a self-evaluation (绩效自评) by docs/domain.md's rules under a {@link ScoringPolicy}: budget execution, then every
 * indicator against its target, capped at its weight; rows that do not apply are dropped and the rest rescaled.
 * Plain Java; the same parser that reads targets reads actual values.
 */
public final class ScoringEngine {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext MC = MathContext.DECIMAL64;

    private final ParsedValues parser = new ParsedValues();

    public ScoreResult score(Sheet sheet, ScoringPolicy policy) {
        BigDecimal budgetWeight = sheet.budget() == null || sheet.budget().weight() == null
                ? policy.budgetWeight()
                : sheet.budget().weight();
        BigDecimal rate = rate(sheet.budget());
        BigDecimal exactBudget =
                rate == null ? BigDecimal.ZERO : rate.min(BigDecimal.ONE).multiply(budgetWeight, MC);
        BigDecimal budgetScore = round(exactBudget, policy.decimals());
        List<TargetValue> targets = targets(sheet.indicators());
        List<BigDecimal> weights = weights(sheet.indicators(), targets, policy);
        List<ScoreResult.RowScore> rows = new ArrayList<>();
        // the total adds the exact scores and rounds once, so three rows of 50/3 make 50, not 50.01
        BigDecimal total = exactBudget;
        for (int i = 0; i < sheet.indicators().size(); i++) {
            Sheet.Row row = sheet.indicators().get(i);
            Scored scored;
            try {
                scored = scoreRow(row, targets.get(i), weights.get(i), policy);
            } catch (ScoreOutsideBand e) {
                throw e.at(i);
            }
            rows.add(scored.shown());
            total = total.add(scored.exact());
        }
        total = round(total, policy.decimals());
        return new ScoreResult(
                rate == null ? null : round(rate.multiply(HUNDRED, MC), 2),
                budgetScore,
                rows,
                total,
                policy.grade(total));
    }

    /** 执行率 = 全年执行数 / 全年预算数; null when there is no budget to execute. */
    private static BigDecimal rate(Sheet.Budget budget) {
        if (budget == null
                || budget.adjusted() == null
                || budget.executed() == null
                || budget.adjusted().signum() == 0) {
            return null;
        }
        return budget.executed().divide(budget.adjusted(), MC);
    }

    /**
     * The weight of each row: as given where the sheet gives one; otherwise the policy's 一级 weight shared evenly
     * over that 一级's rows. Rows that do not apply get none, and the others are rescaled to the same total.
     */
    public List<BigDecimal> weights(List<Sheet.Row> rows, ScoringPolicy policy) {
        return weights(rows, targets(rows), policy);
    }

    /** Each row's target, read once: weights, applicability and scoring all need it. */
    private List<TargetValue> targets(List<Sheet.Row> rows) {
        List<TargetValue> targets = new ArrayList<>(rows.size());
        for (Sheet.Row r : rows) {
            boolean satisfaction = Satisfaction.is(r.level1(), r.level2());
            targets.add(parser.parse(r.target(), satisfaction));
        }
        return targets;
    }

    private List<BigDecimal> weights(List<Sheet.Row> rows, List<TargetValue> targets, ScoringPolicy policy) {
        Map<String, Integer> perLevel1 = new LinkedHashMap<>();
        for (Sheet.Row r : rows) {
            if (r.weight() == null) {
                perLevel1.merge(policyKey(r.level1(), policy), 1, Integer::sum);
            }
        }
        List<BigDecimal> raw = new ArrayList<>();
        for (Sheet.Row r : rows) {
            if (r.weight() != null) {
                raw.add(r.weight());
            } else {
                String key = policyKey(r.level1(), policy);
                BigDecimal level1 =
                        key == null ? BigDecimal.ZERO : policy.level1Weights().get(key);
                raw.add(level1.divide(BigDecimal.valueOf(perLevel1.get(key)), MC));
            }
        }
        BigDecimal all = raw.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal applicable = BigDecimal.ZERO;
        for (int i = 0; i < rows.size(); i++) {
            applicable = applicable.add(applies(rows.get(i), targets.get(i)) ? raw.get(i) : BigDecimal.ZERO);
        }
        List<BigDecimal> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            boolean rescale = applicable.signum() > 0 && applicable.compareTo(all) != 0;
            BigDecimal w = !applies(rows.get(i), targets.get(i))
                    ? BigDecimal.ZERO
                    : rescale ? raw.get(i).multiply(all, MC).divide(applicable, MC) : raw.get(i);
            result.add(w);
        }
        return result;
    }

    /** A row's score as shown (rounded) and as added into the total (exact). */
    private record Scored(ScoreResult.RowScore shown, BigDecimal exact) {}

    private Scored scoreRow(Sheet.Row row, TargetValue target, BigDecimal weight, ScoringPolicy policy) {
        int d = policy.decimals();
        BigDecimal w = round(weight, Math.max(d, 2));
        if (!applies(row, target)) {
            return new Scored(
                    new ScoreResult.RowScore(row.name(), BigDecimal.ZERO, null, false, "does not apply (此指标不涉及)"),
                    BigDecimal.ZERO);
        }
        boolean satisfaction = Satisfaction.is(row.level1(), row.level2());
        TargetValue actual =
                target.qualitative() ? null : parser.parse(row.actual(), satisfaction || target.isPercent());
        // a band pick (achievement) scores qualitative rows, and quantitative ones only where the actual is no number:
        // a measured row is scored from its measure, never from the unit's own pick
        if (target.qualitative() || row.achievement() != null && actual.value() == null) {
            ScoreResult.RowScore q = qualitative(row, weight, policy);
            return new Scored(q, q.score());
        }
        if (actual.value() == null) {
            return new Scored(
                    new ScoreResult.RowScore(
                            row.name(), w, round(BigDecimal.ZERO, d), true, "no actual value (实际完成值) to score"),
                    BigDecimal.ZERO);
        }
        BigDecimal ratio = ratio(target, actual.value(), direction(row, target), policy);
        BigDecimal exact = weight.multiply(ratio, MC);
        BigDecimal score = round(exact, d);
        boolean full = ratio.compareTo(BigDecimal.ONE) >= 0;
        return new Scored(
                new ScoreResult.RowScore(
                        row.name(),
                        w,
                        score,
                        !full && score.compareTo(w) < 0,
                        full
                                ? "target met"
                                : "reached "
                                        + round(ratio.multiply(HUNDRED, MC), 2).toPlainString() + "% of the target"),
                exact);
    }

    /** The share of the weight a quantitative row earns, between 0 and 1: over-achievement is capped. */
    static BigDecimal ratio(TargetValue target, BigDecimal actual, Direction direction, ScoringPolicy policy) {
        BigDecimal t = target.value();
        if (target.comparator() == Comparator.RANGE) {
            if (actual.compareTo(t) < 0) {
                return share(actual, t);
            }
            return actual.compareTo(target.upper()) > 0 ? share(target.upper(), actual) : BigDecimal.ONE;
        }
        if (direction == Direction.REVERSE) {
            boolean met = target.comparator() == Comparator.LT ? actual.compareTo(t) < 0 : actual.compareTo(t) <= 0;
            if (met) {
                return BigDecimal.ONE;
            }
            if (policy.reverse() == ReverseFormula.LINEAR_TO_DOUBLE) {
                return t.signum() == 0
                        ? BigDecimal.ZERO
                        : t.multiply(BigDecimal.valueOf(2))
                                .subtract(actual)
                                .divide(t, MC)
                                .max(BigDecimal.ZERO)
                                .min(BigDecimal.ONE);
            }
            return share(t, actual);
        }
        boolean met = target.comparator() == Comparator.GT ? actual.compareTo(t) > 0 : actual.compareTo(t) >= 0;
        return met ? BigDecimal.ONE : share(actual, t);
    }

    /** part / whole, within [0, 1]; nothing over a zero whole is everything. */
    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ONE;
        }
        return part.divide(whole, MC).max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    /** 达成 / 部分达成 / 未达成 with the evaluator's score, which must lie inside its band. */
    private ScoreResult.RowScore qualitative(Sheet.Row row, BigDecimal weight, ScoringPolicy policy) {
        int d = policy.decimals();
        BigDecimal w = round(weight, Math.max(d, 2));
        if (row.achievement() == null) {
            return new ScoreResult.RowScore(
                    row.name(),
                    w,
                    round(BigDecimal.ZERO, d),
                    true,
                    "a qualitative target needs an achievement level (ACHIEVED, PARTIAL or NOT_ACHIEVED)");
        }
        Band band = policy.bands().get(row.achievement());
        BigDecimal low = weight.multiply(band.lowPercent(), MC).divide(HUNDRED, MC);
        BigDecimal high = weight.multiply(band.highPercent(), MC).divide(HUNDRED, MC);
        BigDecimal score = row.score() == null ? high : row.score();
        if (score.compareTo(round(low, d)) < 0 || score.compareTo(round(high, d)) > 0) {
            throw new ScoreOutsideBand(row.name(), row.achievement(), round(low, d), round(high, d), score);
        }
        score = round(score, d);
        return new ScoreResult.RowScore(
                row.name(),
                w,
                score,
                score.compareTo(w) < 0,
                row.achievement() + " within " + band.lowPercent() + "–" + band.highPercent() + "% of the weight");
    }

    private static Direction direction(Sheet.Row row, TargetValue target) {
        return row.direction() != null ? row.direction() : target.direction();
    }

    private static boolean applies(Sheet.Row r, TargetValue target) {
        return r.applicable() == null ? !target.notApplicable() : r.applicable();
    }

    /** The policy key whose word the 一级 name contains: 产出指标 → 产出. */
    private static String policyKey(String level1, ScoringPolicy policy) {
        if (level1 == null) {
            return null;
        }
        return policy.level1Weights().keySet().stream()
                .filter(level1::contains)
                .findFirst()
                .orElse(null);
    }

    static BigDecimal round(BigDecimal b, int decimals) {
        return b.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** A qualitative score the evaluator put outside the band of the verdict they chose. */
    public static final class ScoreOutsideBand extends IllegalArgumentException {
        public final String indicator;
        /** The row's position in the sheet. */
        public final int index;

        ScoreOutsideBand(String indicator, Achievement achievement, BigDecimal low, BigDecimal high, BigDecimal score) {
            this(
                    indicator,
                    -1,
                    "score " + score.toPlainString() + " lies outside the " + achievement + " band "
                            + low.toPlainString() + "–" + high.toPlainString());
        }

        private ScoreOutsideBand(String indicator, int index, String message) {
            super(message);
            this.indicator = indicator;
            this.index = index;
        }

        ScoreOutsideBand at(int row) {
            return new ScoreOutsideBand(indicator, row, getMessage());
        }
    }
}
