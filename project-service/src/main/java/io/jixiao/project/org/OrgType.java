package io.jixiao.project.org;

import java.util.Set;

/** 财政局 → 主管部门 → 预算单位. */
public enum OrgType {
    FINANCE_BUREAU,
    DEPARTMENT,
    UNIT;

    /** Which parent types an organisation of this type may hang under; a unit may sit directly under a finance bureau. */
    Set<OrgType> allowedParents() {
        return switch (this) {
            case FINANCE_BUREAU -> Set.of();
            case DEPARTMENT -> Set.of(FINANCE_BUREAU, DEPARTMENT);
            case UNIT -> Set.of(FINANCE_BUREAU, DEPARTMENT);
        };
    }
}
