package io.jixiao.indicator.table;

import io.jixiao.testsupport.RecordBuilders;
import org.junit.jupiter.api.Test;

class TargetTableViewTest {
    @Test
    void theBuilderSetsEveryComponentByName() throws Exception {
        RecordBuilders.assertBuildsEveryComponentByName(TargetTableView.class, new TargetTableView.Builder());
    }
}
