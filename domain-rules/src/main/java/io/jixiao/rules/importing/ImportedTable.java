package io.jixiao.rules.importing;

import java.util.List;
import java.util.Map;

/**
 * A target table read from a document: the header fields by their printed label (项目名称, 单位编码 …), the goals, and the
 * indicators with their 一级 and 二级 filled in. Everything is text exactly as printed.
 */
public record ImportedTable(String title, Integer year, Map<String, String> header, String overallGoal, String annualGoal,
        List<Indicator> indicators) {

    /** One 三级 indicator (or an empty 二级 branch, where {@code name} is null). */
    public record Indicator(String level1, String level2, String name, String target) {
    }

    public String field(String label) {
        return header.get(label);
    }
}
