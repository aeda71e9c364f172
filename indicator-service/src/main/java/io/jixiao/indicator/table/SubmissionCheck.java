package io.jixiao.indicator.table;

import io.jixiao.platform.problem.Problem.Violation;
import io.jixiao.rules.target.Comparator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The 完整性 and 相关性 checks a reviewer would otherwise do by hand (财预〔2015〕88号), run before a table is submitted.
 * Each failure points at the field or the indicator it is about.
 */
public final class SubmissionCheck {
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final BigDecimal NINETY = new BigDecimal(90);
    /** Names that carry their unit: 参加人次, 单位数, 完成率, 满意度, 资金额 ... */
    private static final Pattern UNIT_IN_NAME = Pattern.compile(".*(数|人次|率|度|额|量)\\s*$");

    private SubmissionCheck() {}

    public static List<Violation> of(TargetTableView t) {
        List<Violation> v = new ArrayList<>();
        if (blank(t.overallGoal()) && blank(t.annualGoal())) {
            v.add(new Violation("annualGoal", "a goal is required: 总体目标 or 年度绩效目标"));
        }
        List<IndicatorView> list = t.indicators();
        if (list.isEmpty()) {
            v.add(new Violation("indicators", "a target table needs indicators"));
            return v;
        }
        boolean quantity = false;
        boolean satisfaction = false;
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            IndicatorView ind = list.get(i);
            String at = "indicators[" + i + "]";
            quantity |= ind.applicable() && contains(ind.level1(), "产出") && contains(ind.level2(), "数量");
            satisfaction |= ind.applicable() && io.jixiao.rules.target.Satisfaction.is(ind.level1(), ind.level2());
            if (blank(ind.name())) {
                v.add(new Violation(at + ".name", "is required (三级指标)"));
            }
            if (blank(ind.target())) {
                v.add(new Violation(at + ".target", "is required (目标值)"));
            } else if (ind.applicable()
                    && ind.parsed().comparator() != Comparator.QUALITATIVE
                    && ind.parsed().unit() == null
                    && blank(ind.unit())
                    && (ind.name() == null || !UNIT_IN_NAME.matcher(ind.name()).matches())) {
                v.add(new Violation(
                        at + ".unit",
                        "is required: the target " + ind.target() + " is a number without a unit (人, 个, 万元, % …)"));
            }
            Integer first = seen.putIfAbsent(IndicatorChanges.key(ind), i);
            if (first != null && !blank(ind.name())) {
                v.add(new Violation(at + ".name", "repeats indicators[" + first + "] (same 一级, 二级 and 三级指标)"));
            }
        }
        if (!quantity) {
            v.add(new Violation("indicators", "at least one 产出指标 / 数量指标 is required"));
        }
        if (!satisfaction) {
            v.add(new Violation("indicators", "at least one 满意度指标 is required"));
        }
        checkWeights(list, v);
        return v;
    }

    /** Weights are optional; when a table gives them, every applicable indicator has one and they add up. */
    private static void checkWeights(List<IndicatorView> list, List<Violation> v) {
        if (list.stream().allMatch(i -> i.weight() == null)) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < list.size(); i++) {
            IndicatorView ind = list.get(i);
            if (!ind.applicable()) {
                continue;
            }
            if (ind.weight() == null) {
                v.add(new Violation("indicators[" + i + "].weight", "is required when other indicators have weights"));
            } else {
                sum = sum.add(ind.weight());
            }
        }
        if (sum.compareTo(HUNDRED) != 0 && sum.compareTo(NINETY) != 0) {
            v.add(new Violation(
                    "indicators",
                    "the weights add up to " + sum.stripTrailingZeros().toPlainString()
                            + "; they must add up to 100, or to 90 when budget execution carries the other 10"));
        }
    }

    private static boolean contains(String s, String part) {
        return s != null && s.contains(part);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
