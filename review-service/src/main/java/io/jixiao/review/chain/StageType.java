package io.jixiao.review.chain;

import io.jixiao.platform.security.Roles;

/** A review level: the competent department (主管部门) or the finance bureau (财政局), and who decides there. */
public enum StageType {
    DEPARTMENT(Roles.DEPT_REVIEWER),
    FINANCE_BUREAU(Roles.FINANCE_REVIEWER);

    public final String reviewerRole;

    StageType(String reviewerRole) {
        this.reviewerRole = reviewerRole;
    }
}
