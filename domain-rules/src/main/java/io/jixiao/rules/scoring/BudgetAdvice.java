package io.jixiao.rules.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 结果应用: what a grade suggests for the project's next budget. 优 and 良 are funded first (优先保障); 中 is cut by the
 * policy's ratio (压减); 差 is cut by its ratio, which at 100 % cancels the project (取消).
 *
 * @param action          PRIORITY, REDUCE or CANCEL
 * @param label           the action as people read it
 * @param cutPercent      the cut in percent (0 for PRIORITY)
 * @param suggestedBudget this year's 全年预算数 after the cut, in 元; null when the budget is unknown
 */
public record BudgetAdvice(Action action, String label, BigDecimal cutPercent, BigDecimal suggestedBudget) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public enum Action {
        PRIORITY("优先保障"),
        REDUCE("压减"),
        CANCEL("取消");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The advice for a grade under a policy; null for an ungraded project. */
    public static BudgetAdvice of(Grade grade, BigDecimal budget, ScoringPolicy policy) {
        if (grade == null) {
            return null;
        }
        BigDecimal cut = switch (grade) {
            case EXCELLENT, GOOD -> BigDecimal.ZERO;
            case FAIR -> policy.fairCutPercent();
            case POOR -> policy.poorCutPercent();
        };
        Action action =
                cut.signum() == 0 ? Action.PRIORITY : cut.compareTo(HUNDRED) >= 0 ? Action.CANCEL : Action.REDUCE;
        BigDecimal after =
                budget == null ? null : budget.multiply(HUNDRED.subtract(cut)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return new BudgetAdvice(action, action.label(), cut, after);
    }
}
