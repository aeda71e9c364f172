package io.jixiao.rules.target;

import java.util.Comparator;
import java.util.List;

/** The units found in target tables, longest first so 人次 wins over 人 and 元/人年 over 元. */
final class Units {
    static final List<String> KNOWN = List.of(
                    "%",
                    "元/人年", "元/人·年", "元/人次", "元/人", "元/户", "元/次", "元/年", "万元", "亿元", "千元", "元", "万人次", "人次", "户次",
                    "人/年", "次/年", "个月", "小时", "课时", "学时", "人天", "平方米", "公里", "人", "户", "个", "份", "场", "次", "辆", "天",
                    "日", "周", "年", "月", "名", "家", "项", "期", "所", "座", "批", "篇", "条", "件", "台", "套", "米", "吨", "本", "册",
                    "处", "支", "队", "对", "例", "间", "张", "部", "起", "宗")
            .stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    private Units() {}

    /** The known unit {@code s} starts with, or null. */
    static String prefixOf(String s) {
        for (String u : KNOWN) {
            if (s.startsWith(u)) {
                return u;
            }
        }
        return null;
    }
}
