package io.jixiao.indicator.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** What changed between two versions of a table, as a reviewer reads it: indicators added, removed, changed. */
public record IndicatorChanges(List<String> added, List<String> removed, List<Change> changed) {

    /** One changed field of one indicator (or of the table's goals). */
    public record Change(String indicator, String field, String before, String after) {}

    private static final Map<String, Function<IndicatorView, Object>> FIELDS = fields();

    public static IndicatorChanges between(TargetTableView before, TargetTableView after) {
        Map<String, IndicatorView> old = byKey(before.indicators());
        Map<String, IndicatorView> now = byKey(after.indicators());
        List<String> added =
                now.keySet().stream().filter(k -> !old.containsKey(k)).toList();
        List<String> removed =
                old.keySet().stream().filter(k -> !now.containsKey(k)).toList();
        List<Change> changed = new ArrayList<>();
        compare(changed, "总体目标", "overallGoal", before.overallGoal(), after.overallGoal());
        compare(changed, "年度绩效目标", "annualGoal", before.annualGoal(), after.annualGoal());
        for (Map.Entry<String, IndicatorView> e : now.entrySet()) {
            IndicatorView was = old.get(e.getKey());
            if (was != null) {
                FIELDS.forEach((field, read) ->
                        compare(changed, e.getKey(), field, read.apply(was), read.apply(e.getValue())));
            }
        }
        return new IndicatorChanges(added, removed, changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    private static void compare(List<Change> changes, String indicator, String field, Object before, Object after) {
        String b = text(before);
        String a = text(after);
        if (!Objects.equals(b, a)) {
            changes.add(new Change(indicator, field, b, a));
        }
    }

    private static String text(Object o) {
        if (o instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return o == null || o.toString().isBlank() ? null : o.toString();
    }

    private static Map<String, IndicatorView> byKey(List<IndicatorView> indicators) {
        Map<String, IndicatorView> map = new LinkedHashMap<>();
        for (IndicatorView i : indicators) {
            map.putIfAbsent(key(i), i);
        }
        return map;
    }

    static String key(IndicatorView i) {
        return nz(i.level1()) + " / " + nz(i.level2()) + " / " + nz(i.name());
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    private static Map<String, Function<IndicatorView, Object>> fields() {
        Map<String, Function<IndicatorView, Object>> f = new LinkedHashMap<>();
        f.put("target", IndicatorView::target);
        f.put("standard", IndicatorView::standard);
        f.put("expectedValue", IndicatorView::expectedValue);
        f.put("weight", IndicatorView::weight);
        f.put("direction", IndicatorView::direction);
        f.put("unit", IndicatorView::unit);
        f.put("applicable", IndicatorView::applicable);
        return f;
    }
}
