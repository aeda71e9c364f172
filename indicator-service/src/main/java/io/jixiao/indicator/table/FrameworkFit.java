package io.jixiao.indicator.table;

import io.jixiao.indicator.framework.FrameworkView;
import io.jixiao.indicator.framework.Level1;
import java.util.ArrayList;
import java.util.List;

/** Indicators whose 一级 or 二级 the table's framework does not know: flagged for the reviewer, never refused. */
final class FrameworkFit {
    private FrameworkFit() {}

    static List<String> notes(FrameworkView framework, List<IndicatorView> indicators) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorView ind = indicators.get(i);
            Level1 level1 = framework.level1().stream()
                    .filter(l -> same(l.name(), ind.level1()))
                    .findFirst()
                    .orElse(null);
            if (level1 == null) {
                notes.add("indicators[" + i + "]: 一级指标 " + ind.level1() + " is not in framework " + framework.code());
            } else if (ind.level2() != null
                    && !ind.level2().isBlank()
                    && level1.level2().stream().noneMatch(l2 -> same(l2, ind.level2()))) {
                notes.add("indicators[" + i + "]: 二级指标 " + ind.level2() + " is not under " + level1.name()
                        + " in framework " + framework.code());
            }
        }
        return notes;
    }

    /** 数量 and 数量指标 are the same level; spaces and line breaks inside names are OCR and layout noise. */
    static boolean same(String a, String b) {
        return a != null && b != null && normal(a).equals(normal(b));
    }

    private static String normal(String s) {
        String n = s.replaceAll("\\s+", "");
        return n.endsWith("指标") ? n.substring(0, n.length() - 2) : n;
    }
}
