package io.jixiao.review.architecture;

import io.jixiao.testsupport.ServiceHouseRules;

/** The house rules (CONTRIBUTING.md) over this service's classes; the rules live in test-support, the same for all. */
class HouseRulesTest extends ServiceHouseRules {
    HouseRulesTest() {
        super("io.jixiao.review");
    }
}
