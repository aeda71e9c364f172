package io.jixiao.evaluation.summary;

import io.jixiao.evaluation.evaluation.Beneficiary;
import io.jixiao.evaluation.evaluation.FundLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of a 公开说明 in figures, worded as seed 002 words them ("共涉及项目2个，资金680000元。其中困难职工帮扶资金
 * 本级财政预算150000元，占一般公共预算项目支出总额的22.06％。"), so a unit can check its statement against the data.
 */
final class DisclosureStatement {
    private DisclosureStatement() {}

    static List<String> sentences(FundLevel level, BigDecimal total, List<YearSummary.ProjectRow> rows) {
        String funds = level == null ? "" : level.label();
        List<String> out = new ArrayList<>();
        out.add("共涉及项目" + rows.size() + "个，" + funds + "资金" + yuan(total) + "元。");
        for (YearSummary.ProjectRow r : rows) {
            out.add("其中" + r.projectName() + funds + "预算" + yuan(r.funds()) + "元，占一般公共预算项目支出总额的"
                    + (r.sharePercent() == null ? "—" : r.sharePercent().toPlainString()) + "％。");
            for (Beneficiary b : r.beneficiaries()) {
                out.add(beneficiary(r.projectName(), b));
            }
        }
        return out;
    }

    private static String beneficiary(String project, Beneficiary b) {
        String what = b.purpose() == null || b.purpose().isBlank() ? project : b.purpose();
        String sentence = b.fundLevel().label() + what + yuan(b.amount()) + "元，共帮扶" + b.people() + "人";
        return sentence + (b.perPerson() == null ? "" : "，人均" + yuan(b.perPerson()) + "元") + "。";
    }

    /** 680000.00 → 680000, 1550.50 → 1550.5: amounts as a statement writes them. */
    private static String yuan(BigDecimal amount) {
        return amount == null ? "—" : amount.stripTrailingZeros().toPlainString();
    }
}
