package io.jixiao.rules.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words printed forms use, as the content reader needs them: header labels and what they mean (项目支出名称 is
 * 项目名称, 项目执行单位 is 实施单位), the column labels of the indicator block and the column each stands for, the cells
 * that end a table, and the wording of a 偏差原因 or a 绩效标准 cell. Collected from published tables of many cities.
 */
final class FormWords {
    /** A column of the indicator block, in the order forms print them. */
    enum Column {
        TARGET,
        NATURE, // 指标性质: ≥, ≤, = printed in a cell of its own
        TARGET_NUMBER, // 指标值 when 指标性质 and 度量单位 are separate columns
        UNIT, // 度量单位
        STANDARD,
        ACTUAL,
        WEIGHT,
        SCORE,
        DEVIATION,
        EXPLANATION // 指标解释, 指标值内容, 备注: read past, not kept
    }

    static final Map<String, String> LABELS = new LinkedHashMap<>();
    static final Map<String, Column> COLUMNS = new LinkedHashMap<>();
    /** Column labels that are read as header words but stand for no column of their own (a group over sub-columns). */
    static final Set<String> OTHER_COLUMN_WORDS = Set.of("绩效指标", "指标方向", "绩效项目指标表");

    static final Set<String> LEVEL_HEADERS = Set.of("一级指标", "二级指标", "三级指标", "一级目标", "指标内容", "指标名称");
    static final List<String> ENDS = List.of(
            "总分",
            "合计",
            "其他需要说明事项",
            "其他说明的问题",
            "其他需说明",
            "财政部门审核意见",
            "主管部门审核意见",
            "财政资金管理科室",
            "财政绩效管理科室",
            "填表人",
            "填报人",
            "单位负责人",
            "项目负责人:",
            "评价结论",
            "存在问题",
            "附件",
            "扫一扫");
    static final Set<String> BOILERPLATE =
            Set.of("打印", "关闭", "[打印]", "[关闭]", "[下载]", "打印本页", "关闭窗口", "相关解读", "全部留言", "评论", "有用()", "/");
    private static final Pattern DEVIATION_WORDS = Pattern.compile("原因|由于|因为|改进|措施|加强|未完成|未达|偏差|^无$|^—+$");
    private static final Pattern STANDARD_WORDS = Pattern.compile("标准|依据|计划|历史|行业|扣分|^反映");
    /** A cell of an explanation column (指标解释, 指标值内容, 备注): how forms word them. */
    private static final Pattern EXPLANATION_WORDS = Pattern.compile("^(反映|该指标|该项|考察|衡量|用于|主要|指)|。$");
    /** The period a side-by-side column belongs to: 指标值(长期), 三级指标(年度). */
    private static final Pattern PERIOD_SUFFIX = Pattern.compile("[(](长期|年度|中期|当年)[)]$");

    private static final Pattern NATURE = Pattern.compile("^[≥≤=><≧≦═＝＞＜]+$|^(定性|定量|正向|反向)$");

    static {
        for (String l : List.of("项目名称", "项目支出名称", "专项名称", "资金名称", "项目(专项)名称", "转移支付(项目)名称")) {
            LABELS.put(l, "项目名称");
        }
        for (String l : List.of("主管部门", "项目主管部门", "业务主管部门", "主管部门及代码", "主管部门及其编码", "主管部门及编码", "主管预算部门", "地方主管部门")) {
            LABELS.put(l, "主管部门");
        }
        // 预算部门 on a 申报表 is the unit that asks for the money
        for (String l : List.of("实施单位", "项目执行单位", "项目实施单位", "预算单位", "预算部门", "项目单位", "具体实施单位", "资金使用单位", "部门名称")) {
            LABELS.put(l, "实施单位");
        }
        for (String l : List.of("年度资金总额", "年度资金总额:", "项目金额", "年度本级预算金额", "年度本级 预算金额", "当年年度预算")) {
            LABELS.put(l, "年度资金总额");
        }
        for (String l : List.of("项目负责人", "联系电话", "项目属性", "项目类别", "项目期", "项目支出实施期", "建设周期")) {
            LABELS.put(l, l);
        }
        for (String l : List.of("年度目标", "本年度绩效目标", "年度绩效目标", "年度绩效目标(文字)", "年度主要目标和成果", "年度绩效总目标", "项目年度目标")) {
            LABELS.put(l, "年度绩效目标");
        }
        for (String l : List.of("总体目标", "实施期绩效目标", "长期目标", "项目总目标", "项目总体目标")) {
            LABELS.put(l, "项目总目标");
        }
        for (String l :
                List.of("指标值", "年度指标值", "指标值及单位", "目标值", "年初目标值", "年初目标值(A)", "当年预期实现值", "年度目标值", "年度目标指标值", "预期指标值")) {
            COLUMNS.put(l, Column.TARGET);
        }
        for (String l : List.of("指标性质", "指标值类型", "计算符号", "符号")) {
            COLUMNS.put(l, Column.NATURE);
        }
        for (String l : List.of("度量单位", "计量单位")) {
            COLUMNS.put(l, Column.UNIT);
        }
        for (String l : List.of("绩效标准", "指标标准或依据", "评(扣)分标准")) {
            COLUMNS.put(l, Column.STANDARD);
        }
        for (String l : List.of("实际完成值", "实际完成值(B)", "全年实际值", "实际完成情况值", "完成值", "全年实际完成值", "全年完成值")) {
            COLUMNS.put(l, Column.ACTUAL);
        }
        for (String l : List.of("分值", "权重", "指标分值")) {
            COLUMNS.put(l, Column.WEIGHT);
        }
        COLUMNS.put("得分", Column.SCORE);
        for (String l : List.of("指标解释", "备注", "指标值内容", "指标值说明", "指标说明")) {
            COLUMNS.put(l, Column.EXPLANATION);
        }
        for (String l : List.of("偏差原因分析及改进措施", "未完成原因分析", "未达到指标值原因", "未完成原因和改进措施", "未完成原因及拟采取的改进措施")) {
            COLUMNS.put(l, Column.DEVIATION);
        }
    }

    private FormWords() {}

    /** A cell as compared with the form's words: no spaces inside (a line break in a merged cell), ASCII brackets. */
    static String key(String cell) {
        return cell.replaceAll("[\\s\\u3000]", "")
                .replace('（', '(')
                .replace('）', ')')
                .replace('：', ':');
    }

    /** A column label as compared with the form's words: no "*" for required, no (长期)/(年度) of a side-by-side form. */
    static String columnKey(String cell) {
        return PERIOD_SUFFIX.matcher(key(cell).replace("*", "")).replaceFirst("");
    }

    static boolean looksLikeExplanation(String cell) {
        return EXPLANATION_WORDS.matcher(cell.strip()).find();
    }

    static boolean isColumnWord(String cellKey) {
        String key = columnKey(cellKey);
        return COLUMNS.containsKey(key)
                || LEVEL_HEADERS.contains(key)
                || OTHER_COLUMN_WORDS.contains(key)
                || key.matches("\\d{4}年实际实现值|预期\\d{4}年实现值");
    }

    static boolean isEnd(String cellKey) {
        String key = cellKey.replaceFirst("^[-•·*]+", ""); // a bullet of the page's link list
        return key.equals("序号") || ENDS.stream().anyMatch(key::startsWith);
    }

    static boolean looksLikeDeviation(String cell) {
        return DEVIATION_WORDS.matcher(cell.strip()).find();
    }

    static boolean looksLikeStandard(String cell) {
        return STANDARD_WORDS.matcher(cell.strip()).find() && !cell.matches(".*\\d.*");
    }

    static boolean isNature(String cell) {
        return NATURE.matcher(cell.strip()).matches();
    }

    /** The cell split where one of {@code words} begins inside it: "项目主管部门青山区教育局项目执行单位化工区学校". */
    static List<String> splitAt(String cell, java.util.Collection<String> words) {
        List<String> sorted = words.stream()
                .filter(w -> w.length() >= 3)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < cell.length()) {
            String hit = null;
            for (String w : sorted) {
                if (cell.startsWith(w, i)) {
                    hit = w;
                    break;
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            if (i > start) {
                out.add(cell.substring(start, i));
            }
            out.add(hit);
            i += hit.length();
            start = i;
        }
        if (start < cell.length()) {
            out.add(cell.substring(start));
        }
        // "联系电话:" split at its label leaves the colon: it belongs to the label, not to the value
        return out.stream()
                .map(c -> c.replaceFirst("^[:：]", "").strip())
                .filter(c -> !c.isEmpty())
                .toList();
    }
}
