package io.jixiao.indicator.table;

import org.junit.jupiter.api.Test;

import io.jixiao.testsupport.RecordBuilders;

class TargetTableViewTest {
    @Test
    void theBuilderSetsEveryComponentByName() throws Exception {
        RecordBuilders.assertBuildsEveryComponentByName(TargetTableView.class, new TargetTableView.Builder());
    }
}
