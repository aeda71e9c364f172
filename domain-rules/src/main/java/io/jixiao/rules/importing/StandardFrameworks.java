package io.jixiao.rules.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 一级 → 二级 trees of the three frameworks docs/domain.md names (财政部 2020 and 2021, 郑州 2019), as indicator-service
 * seeds them. A service that keeps no frameworks of its own (evaluation-service reading a 自评表) recognises a sheet's
 * tree with these.
 */
public final class StandardFrameworks {
    public static final Levels MOF_2020;
    public static final Levels MOF_2021;
    public static final Levels ZHENGZHOU;

    static {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标"));
        m.put("效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"));
        m.put("满意度指标", List.of("服务对象满意度指标"));
        MOF_2020 = new Levels("MOF-2020", m);
        Map<String, List<String>> n = new LinkedHashMap<>();
        n.put("成本指标", List.of("经济成本指标", "社会成本指标", "生态环境成本指标"));
        n.put("产出指标", List.of("数量指标", "质量指标", "时效指标"));
        n.put("效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标"));
        n.put("满意度指标", List.of("服务对象满意度指标"));
        MOF_2021 = new Levels("MOF-2021", n);
        Map<String, List<String>> z = new LinkedHashMap<>();
        z.put("投入与目标管理", List.of("投入管理", "财务管理", "项目管理", "资产管理"));
        z.put("产出目标", List.of("数量", "质量", "时效", "成本"));
        z.put("效果目标", List.of("经济效益", "社会效益", "环境效益", "满意度"));
        z.put("影响力目标", List.of("长效管理", "人力资源", "部门协助", "配套设施", "信息共享", "其它"));
        ZHENGZHOU = new Levels("ZHENGZHOU-2019", z);
    }

    private StandardFrameworks() {}

    /** The three, most used first: the order ties are broken in. */
    public static List<Levels> all() {
        return List.of(MOF_2020, MOF_2021, ZHENGZHOU);
    }
}
