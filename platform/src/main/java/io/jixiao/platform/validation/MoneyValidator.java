package io.jixiao.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

public class MoneyValidator implements ConstraintValidator<Money, BigDecimal> {
    private static final BigDecimal LIMIT = new BigDecimal("1e16");

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String problem = null;
        if (value.signum() < 0) {
            problem = "must not be negative";
        } else if (value.stripTrailingZeros().scale() > 2) {
            problem = "must have at most two decimals (amounts are in 元)";
        } else if (value.compareTo(LIMIT) >= 0) {
            problem = "is too large";
        }
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }
}
