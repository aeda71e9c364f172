package io.jixiao.rules.scoring;

import io.jixiao.rules.target.Comparator;
import io.jixiao.rules.target.Direction;
import io.jixiao.rules.target.Satisfaction;
import io.jixiao.rules.target.TargetParser;
import io.jixiao.rules.target.TargetValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Says which rule a publisher used where a published 得分 is not what docs/domain.md's rule gives: rounded down or to
 * whole points, weight × actual % without the cap at the weight, full marks for a missed target, a deduction at the
 * evaluator's discretion. A row without a printed 分值 has its weight inferred from the published score where a whole
 * number fits. Plain Java; an imported sheet is explained row by row instead of failing.
 */
public final class PublishedScores {
    private static final MathContext MC = MathContext.DECIMAL64;
    /** How far an inferred 分值 may be from a whole number when the published score was rounded to one decimal. */
    private static final BigDecimal INFERENCE_TOLERANCE = new BigDecimal("0.15");

    private final TargetParser parser = new TargetParser();

    /** The rule a published score follows. */
    public enum Rule {
        /** what the rule gives, to the policy's decimals */
        SAME,
        /** a qualitative row: the evaluator's judgement, taken as published */
        QUALITATIVE,
        /** the exact score cut down to whole points (9.8 → 9) */
        WHOLE_POINTS_DOWN,
        /** the exact score rounded to whole points (9.6 → 10) */
        WHOLE_POINTS_ROUNDED,
        /** the exact score rounded to one decimal */
        ONE_DECIMAL,
        /** weight × actual / target above the weight: over-achievement not capped */
        UNCAPPED,
        /** the full weight although the target was missed */
        FULL_MARKS_BELOW_TARGET,
        /** less than the rule gives: a deduction at the evaluator's discretion */
        DEDUCTION,
        /** more than the rule gives, by no rule found */
        MORE_THAN_RULE,
        /** nothing to compare: no published score, no number to score, or no weight to be found */
        NOT_SCORED
    }

    /**
     * One row's check.
     *
     * @param byRule the score by docs/domain.md's rule with the printed (or inferred) weight; null where none
     * @param weight the printed 分值, or the inferred one ({@code weightInferred})
     */
    public record Check(
            String name,
            BigDecimal published,
            BigDecimal byRule,
            BigDecimal weight,
            boolean weightInferred,
            Rule rule,
            String explanation) {

        public boolean differs() {
            return rule != Rule.SAME && rule != Rule.QUALITATIVE && rule != Rule.NOT_SCORED;
        }
    }

    public Check check(Sheet.Row row, BigDecimal published, ScoringPolicy policy) {
        if (published == null) {
            return new Check(row.name(), null, null, row.weight(), false, Rule.NOT_SCORED, "no 得分 printed");
        }
        boolean satisfaction = Satisfaction.is(row.level1(), row.level2());
        TargetValue target = parser.parse(row.target(), satisfaction);
        if (target.qualitative()) {
            return new Check(
                    row.name(),
                    published,
                    published,
                    row.weight(),
                    false,
                    Rule.QUALITATIVE,
                    "a judgement: taken as published");
        }
        TargetValue actual = parser.parse(row.actual(), satisfaction || target.isPercent());
        if (actual.value() == null || target.value() == null) {
            return new Check(
                    row.name(), published, null, row.weight(), false, Rule.NOT_SCORED, "no actual number to score");
        }
        Direction direction = row.direction() != null ? row.direction() : target.direction();
        BigDecimal capped = ScoringEngine.ratio(target, actual.value(), direction, policy);
        BigDecimal raw = raw(target, actual.value(), direction);
        BigDecimal weight = row.weight();
        boolean inferred = false;
        if (weight == null) {
            weight = infer(published, raw);
            inferred = weight != null;
            if (weight == null) {
                return new Check(row.name(), published, null, null, false, Rule.NOT_SCORED, "no 分值 printed or found");
            }
        }
        return classify(row.name(), published, weight, inferred, capped, raw, policy);
    }

    private static Check classify(
            String name,
            BigDecimal published,
            BigDecimal weight,
            boolean inferred,
            BigDecimal capped,
            BigDecimal raw,
            ScoringPolicy policy) {
        BigDecimal exact = weight.multiply(capped, MC);
        BigDecimal byRule = exact.setScale(policy.decimals(), RoundingMode.HALF_UP);
        String w = (inferred ? "分值 " + plain(weight) + " (not printed; the published score fits it), " : "");
        Rule rule;
        String why;
        if (same(published, byRule)) {
            rule = Rule.SAME;
            why = w + "as the rule gives";
        } else if (same(published, weight) && exact.compareTo(weight) < 0) {
            rule = Rule.FULL_MARKS_BELOW_TARGET;
            why = w + "full marks although only " + percent(capped) + " of the target was reached";
        } else if (same(published, exact.setScale(0, RoundingMode.FLOOR))) {
            rule = Rule.WHOLE_POINTS_DOWN;
            why = w + plain(byRule) + " cut down to whole points";
        } else if (same(published, exact.setScale(0, RoundingMode.HALF_UP))) {
            rule = Rule.WHOLE_POINTS_ROUNDED;
            why = w + plain(byRule) + " rounded to whole points";
        } else if (same(published, exact.setScale(1, RoundingMode.HALF_UP))) {
            rule = Rule.ONE_DECIMAL;
            why = w + plain(byRule) + " rounded to one decimal";
        } else if (raw.compareTo(BigDecimal.ONE) > 0 && near(published, weight.multiply(raw, MC))) {
            rule = Rule.UNCAPPED;
            why = w + "weight × actual / target = "
                    + plain(weight.multiply(raw, MC).setScale(2, RoundingMode.HALF_UP)) + ", not capped at the weight";
        } else if (published.compareTo(exact) < 0) {
            rule = Rule.DEDUCTION;
            why = w
                    + plain(exact.subtract(published)
                            .setScale(2, RoundingMode.HALF_UP)
                            .stripTrailingZeros()) + " points below the rule (" + plain(byRule)
                    + "), a deduction at the evaluator's discretion";
        } else {
            rule = Rule.MORE_THAN_RULE;
            why = w + "more than the rule's " + plain(byRule) + ", by no rule found";
        }
        return new Check(name, published, byRule, weight, inferred, rule, why);
    }

    /** actual / target (target / actual for a reverse indicator), not capped: what weight × actual % uses. */
    private static BigDecimal raw(TargetValue target, BigDecimal actual, Direction direction) {
        BigDecimal t = target.comparator() == Comparator.RANGE && direction == Direction.REVERSE
                ? target.upper()
                : target.value();
        if (direction == Direction.REVERSE) {
            return actual.signum() == 0 ? BigDecimal.ONE : t.divide(actual, MC);
        }
        return t.signum() == 0 ? BigDecimal.ONE : actual.divide(t, MC);
    }

    /** The whole-number 分值 for which weight × actual / target gives the published score, or null. */
    private static BigDecimal infer(BigDecimal published, BigDecimal raw) {
        if (raw.signum() <= 0) {
            return null;
        }
        BigDecimal w = published.divide(raw, MC);
        BigDecimal whole = w.setScale(0, RoundingMode.HALF_UP);
        return whole.signum() > 0 && w.subtract(whole).abs().compareTo(INFERENCE_TOLERANCE) <= 0 ? whole : null;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }

    /** Equal once the computed value is rounded to the published one's decimals. */
    private static boolean near(BigDecimal published, BigDecimal computed) {
        int decimals = Math.max(0, published.stripTrailingZeros().scale()); // 31.9 may arrive as 31.90
        return same(published, computed.setScale(decimals, RoundingMode.HALF_UP));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String percent(BigDecimal ratio) {
        return ratio.multiply(BigDecimal.valueOf(100))
                        .setScale(2, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString()
                + "%";
    }
}
