package io.jixiao.project.architecture;

import io.jixiao.testsupport.ServiceHouseRules;

/** The house rules (CONTRIBUTING.md) over this service's classes; the rules live in test-support, the same for all. */
class HouseRulesTest extends ServiceHouseRules {
    HouseRulesTest() {
        super("io.jixiao.project");
    }
}
